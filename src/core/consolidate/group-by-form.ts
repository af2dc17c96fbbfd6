/** The submissions of one form in a run, in the order given. */
export interface FormGroup<Item> {
  /** The form's id; null when no item names a form. */
  readonly form: string | null;
  readonly items: Item[];
}

/**
 * Submissions of several forms in one run (the 地区 clerk's 送温暖 rosters beside the 劳模 roster):
 * a group per form, in the order each form first appears, each consolidated on its own (a 劳模 on
 * the 送温暖 list is not paid twice). An item of no known form (its header names none, it could not
 * be read, it is the product's own output) joins the first group, whose check says what it lacks;
 * when none names a form, all are one group of form null. The CLI, the page and the pane group so.
 */
export function groupByForm<Item>(items: readonly Item[], formOf: (item: Item) => string | null): FormGroup<Item>[] {
  const groups: { form: string; items: Item[] }[] = [];
  const unplaced: Item[] = [];
  for (const item of items) {
    const form = formOf(item);
    if (form === null) {
      unplaced.push(item);
      continue;
    }
    const group = groups.find((candidate) => candidate.form === form);
    if (group === undefined) groups.push({ form, items: [item] });
    else group.items.push(item);
  }
  if (groups.length === 0) return [{ form: null, items: unplaced }];
  groups[0].items.push(...unplaced);
  return groups;
}

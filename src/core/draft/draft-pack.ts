import { foldHeader } from "../header/fold-header";
import type { Pack, PackField, PackRule } from "../template/pack-schema";
import type { ColumnChoice, ColumnKind } from "./column-kind";
import type { GuessedRule } from "./guess-rules";

/** How one person's several rows are taken: one only (error), one with a warning, or at most N. */
export type PerPerson = "error" | "warning" | number;

export interface DraftOptions {
  /** The form's name (职工医疗互助给付明细). */
  readonly name: string;
  /** Columns whose values make the subtotals (地区, 类别…): at most two, the first by region. */
  readonly subtotals: readonly number[];
  /** The summary sentence; the offered one (offeredSummary) when left out. */
  readonly summary?: string;
  readonly perPerson: PerPerson;
  /** Relations accepted by the clerk (guessRules). */
  readonly rules: readonly GuessedRule[];
}

/** Standard keys for the columns the engine gives a meaning; other columns are keyed by their heading. */
const KEY_OF_KIND: Partial<Record<ColumnKind, string>> = {
  name: "name",
  "id-number": "idNumber",
  "bank-account": "account",
  holder: "accountHolder",
  phone: "phone",
  "archive-no": "archiveNo",
};

const TYPE_OF_KIND: Readonly<Record<Exclude<ColumnKind, "skip">, PackField["type"]>> = {
  name: "name",
  "id-number": "id-number",
  region: "text",
  category: "one-of",
  money: "money",
  date: "date",
  "archive-no": "text",
  "bank-account": "bank-account",
  holder: "name",
  phone: "phone",
  number: "number",
  text: "text",
};

/** Each checked column's field key: a standard key for the first of a kind the engine knows, else its heading. */
export function fieldKeys(choices: readonly ColumnChoice[]): Map<number, string> {
  const keys = new Map<number, string>();
  const used = new Set<string>();
  for (const choice of choices) {
    if (choice.kind === "skip") continue;
    const standard = KEY_OF_KIND[choice.kind];
    let key = standard !== undefined && !used.has(standard) ? standard : foldHeader(choice.heading).text || `column${choice.column}`;
    for (let n = 2; used.has(key); n++) key = `${foldHeader(choice.heading).text}${n}`;
    used.add(key);
    keys.set(choice.column, key);
  }
  return keys;
}

/** The name a column goes by in the pack's dimensions and summaries: its heading without a unit. */
function dimensionName(choice: ColumnChoice): string {
  return foldHeader(choice.heading).text;
}

/** The sentence offered from the subtotal columns: how many, how much, then per subtotal. */
export function offeredSummary(choices: readonly ColumnChoice[], subtotals: readonly number[], perPerson: PerPerson = "error"): string {
  // A 台账 counts records (人次), a roster people (人).
  const people = perPerson === "error" || perPerson === "warning" ? "人" : "人次";
  const sections = subtotals
    .slice(0, 2)
    .map((column) => dimensionName(choices[column - 1]))
    .map((name, i) => `${i === 0 ? "其中" : `按${name}分，`}${"{#"}${name}}{${name}}{户数}${people}{金额万元}万元{/${name}}`);
  return `共{户数}${people}，金额合计{金额万元}万元${sections.length === 0 ? "" : "；" + sections.join("；")}。`;
}

/**
 * The pack the clerk's choices describe, as the JSON a pack file holds (it is parsed like any
 * other pack before use, so a draft that would be refused is refused with the usual messages).
 */
export function draftPack(choices: readonly ColumnChoice[], options: DraftOptions): Pack {
  const keys = fieldKeys(choices);
  const checked = choices.filter((choice) => choice.kind !== "skip");
  const keyOf = (column: number) => keys.get(column)!;
  const first = (kind: ColumnKind) => checked.find((choice) => choice.kind === kind);
  const money = checked.filter((choice) => choice.kind === "money");
  const fields = checked.map((choice): PackField => {
    const field: PackField = { key: keyOf(choice.column), label: choice.heading, type: TYPE_OF_KIND[choice.kind as Exclude<ColumnKind, "skip">] };
    return {
      ...field,
      ...(choice.required ? { required: true } : {}),
      ...(choice.kind === "money" ? { unit: choice.unit, ...(money.length > 1 ? { sum: choice.sum } : {}) } : {}),
      ...(choice.kind === "category" ? { values: choice.choices.length > 0 ? [...choice.choices] : ["（请填写可选值）"] } : {}),
    };
  });
  const name = first("name") ?? first("holder");
  const id = first("id-number");
  const account = first("bank-account");
  const holder = first("holder");
  const roles = ["region", "group"] as const;
  const dimensions = options.subtotals.slice(0, 2).map((column, i) => ({ name: dimensionName(choices[column - 1]), field: keyOf(column), role: roles[i] }));
  const rules: PackRule[] = [];
  if (id !== undefined) {
    const idKey = keyOf(id.column);
    if (options.perPerson === "error") rules.push({ kind: "unique", fields: [idKey], code: "duplicate-person" });
    else rules.push({ kind: "records-per-person", max: options.perPerson === "warning" ? 1 : options.perPerson, ...(options.perPerson === "warning" ? { severity: "warning" as const } : {}) });
  }
  if (account !== undefined) rules.push({ kind: "unique", fields: [keyOf(account.column)], code: "account-shared", severity: "warning" });
  if (account !== undefined && holder !== undefined && name !== undefined && name !== holder) {
    rules.push({ kind: "equals-field", field: keyOf(holder.column), equals: [keyOf(name.column)], code: "account-holder-mismatch" });
  }
  const label = (column: number) => foldHeader(choices[column - 1].heading).text;
  for (const rule of options.rules) {
    if (!keys.has(rule.field)) continue;
    if (rule.kind === "date-order") {
      if (keys.has(rule.notBefore)) rules.push({ kind: "date-order", field: keyOf(rule.field), notBefore: keyOf(rule.notBefore) });
    } else if (rule.operands.every((column) => keys.has(column))) {
      rules.push({ kind: "equals-expression", field: keyOf(rule.field), expression: rule.operands.map(label).join(rule.op === "*" ? " × " : " + "), toleranceFen: 1 });
    }
  }
  return {
    format: "baobiao-template",
    version: 1,
    id: `custom-${[...options.name].map((c) => c.codePointAt(0)!.toString(36)).join("").slice(0, 24)}`,
    name: options.name,
    fields,
    person: { name: keyOf((name ?? checked[0]).column), ...(id === undefined ? {} : { id: keyOf(id.column) }) },
    ...(account === undefined ? {} : { payment: { account: keyOf(account.column), ...(holder === undefined || holder === name ? {} : { holder: keyOf(holder.column) }) } }),
    dimensions,
    rules,
    summaries: [{ id: "default", name: "默认", text: options.summary ?? offeredSummary(choices, options.subtotals, options.perPerson) }],
  };
}

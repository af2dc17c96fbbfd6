/**
 * Excel rejects address strings over 8192 characters; lists stay below this with a margin for
 * the sheet-qualified form Excel may build internally.
 */
export const MAX_ADDRESS_LIST_CHARS = 8000;

/** Joins cell addresses with commas into as few lists as fit the limit, for getRanges. */
export function addressLists(addresses: readonly string[], limit = MAX_ADDRESS_LIST_CHARS): string[] {
  const lists: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current && current.length + 1 + address.length > limit) {
      lists.push(current);
      current = "";
    }
    current = current ? `${current},${address}` : address;
  }
  if (current) lists.push(current);
  return lists;
}

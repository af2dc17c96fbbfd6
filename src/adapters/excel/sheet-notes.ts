/**
 * Cells of a sheet that carry a note (ExcelApi 1.18). Notes have no address property, so each
 * note's location is read; rosters rarely have notes, so this is usually one getCount and no more.
 */
export async function cellsWithNotes(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<Set<string>> {
  const count = sheet.notes.getCount();
  await context.sync();
  const locations = Array.from({ length: count.value }, (_, i) => sheet.notes.getItemAt(i).getLocation().load("address"));
  if (locations.length) await context.sync();
  return new Set(locations.map((range) => bareAddress(range.address)));
}

/** `Sheet1!$H$12` → `H12`. */
export function bareAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

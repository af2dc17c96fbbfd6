/**
 * The notes of a sheet by cell, with their text (ExcelApi 1.18). Notes have no address property,
 * so each note's location is read; rosters rarely have notes, so this is usually one getCount and
 * no more.
 */
export async function cellsWithNotes(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<Map<string, string>> {
  const count = sheet.notes.getCount();
  await context.sync();
  const notes = Array.from({ length: count.value }, (_, i) => {
    const note = sheet.notes.getItemAt(i).load("content");
    return { note, location: note.getLocation().load("address") };
  });
  if (notes.length) await context.sync();
  return new Map(notes.map(({ note, location }) => [bareAddress(location.address), note.content]));
}

/** `Sheet1!$H$12` → `H12`. */
export function bareAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

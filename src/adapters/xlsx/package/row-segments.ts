import { attributeOf } from "./xml-text";

/** A worksheet part cut for comparison: what precedes the rows, each <row> element, what follows. */
export type SheetSegment =
  | { readonly kind: "head"; readonly text: string }
  | { readonly kind: "row"; readonly row: number; readonly text: string }
  | { readonly kind: "tail"; readonly text: string };

/**
 * Cuts a worksheet part's text, as it inflates, at each <row> and at </sheetData>, holding no more
 * than a chunk and a row. Both the original and the copy are cut the same way, so a row can be
 * compared as text first and cell by cell only where the text differs.
 */
export function* sheetSegments(chunks: Iterable<string>): Generator<SheetSegment> {
  let buffer = "";
  let mode: "head" | "rows" | "tail" = "head";
  let rowOpen = "<row";
  let rowsClose = "</sheetData";
  let rowNumber = 0;
  for (const chunk of chunks) {
    buffer += chunk;
    if (mode === "head") {
      const open = /<((?:[\w.-]+:)?)sheetData\b[^>]*>/.exec(buffer);
      if (!open) continue;
      [rowOpen, rowsClose] = [`<${open[1]}row`, `</${open[1]}sheetData`];
      const afterOpen = open.index + open[0].length;
      const first = open[0].endsWith("/>") ? afterOpen : firstOf(buffer, [rowOpen, rowsClose], afterOpen);
      if (first < 0) continue;
      yield { kind: "head", text: buffer.slice(0, first) };
      buffer = buffer.slice(first);
      mode = open[0].endsWith("/>") || buffer.startsWith(rowsClose) ? "tail" : "rows";
    }
    if (mode === "rows") {
      const close = buffer.indexOf(rowsClose);
      let start = 0;
      for (;;) {
        const next = buffer.indexOf(rowOpen, start + 1);
        const stop = next >= 0 && (close < 0 || next < close) ? next : close;
        if (stop < 0) break;
        const text = buffer.slice(start, stop);
        const r = attributeOf(text.slice(0, text.indexOf(">") + 1), "r");
        rowNumber = r === null ? rowNumber + 1 : Number(r);
        yield { kind: "row", row: rowNumber, text };
        start = stop;
        if (stop === close) {
          mode = "tail";
          break;
        }
      }
      buffer = buffer.slice(start);
    }
  }
  if (mode === "rows") throw new Error("worksheet part ends inside <sheetData>");
  if (mode === "head") yield { kind: "head", text: buffer };
  else yield { kind: "tail", text: buffer };
}

function firstOf(text: string, needles: readonly string[], from: number): number {
  const found = needles.map((needle) => text.indexOf(needle, from)).filter((at) => at >= 0);
  return found.length ? Math.min(...found) : -1;
}

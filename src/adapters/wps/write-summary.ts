import { cellAddress } from "../../core/address";
import { SUMMARY_NAME } from "../../core/workbook/sheet-names";
import type { EtRange, EtWorkbook } from "./et-api";
import { addSheet, findSheet } from "./workbook-sheets";

/** Text starting with these would be read as a formula; the leading quote keeps it text. */
const asText = (text: string) => (/^[=+\-@]/.test(text) ? `'${text}` : text);

function namedCell(workbook: EtWorkbook): EtRange | null {
  const names = workbook.Names;
  for (let i = 1; i <= names.Count; i++) {
    const name = names.Item(i);
    if (name.Name !== SUMMARY_NAME && !name.Name.endsWith(`!${SUMMARY_NAME}`)) continue;
    try {
      return name.RefersToRange;
    } catch {
      return null; // 总结 names a constant or a formula, not cells
    }
  }
  return null;
}

/** Into the top-left cell of the name 总结 when it names cells, else A1 of a 总结 sheet. Returns where, e.g. `封面!B5`. */
export function writeWpsSummary(workbook: EtWorkbook, text: string): string {
  const named = namedCell(workbook);
  const sheet = named?.Worksheet ?? findSheet(workbook, SUMMARY_NAME) ?? addSheet(workbook, SUMMARY_NAME);
  const address = named ? cellAddress(named.Row, named.Column) : "A1";
  sheet.Range(address).Value2 = asText(text);
  return `${sheet.Name}!${address}`;
}

import { once } from "node:events";
import { createDeflateRaw, crc32, deflateRawSync } from "node:zlib";
import { headerRow, numberCell, rosterRow, rosterRows, row, textCell, workbookParts } from "./roster-parts";
import { zipArchive } from "../../../scripts/corpus/crafted-bytes";

/**
 * One generator per finding of issue 12's red-team pass on the reader: each returns the bytes
 * of an .xlsx that is clean except for the one thing its name says.
 */

/** A 2,000-household roster whose sheet part has bytes flipped in the middle of its deflate stream. */
export function flippedDeflateBytes(): Uint8Array {
  const parts = workbookParts([{ name: "名单", sheetData: rosterRows(2000) }]);
  const sheet = parts[2];
  const compressed = new Uint8Array(deflateRawSync(Buffer.from(sheet.content as string, "utf8")));
  const middle = compressed.length >> 1;
  for (const at of [middle, middle + 1, middle + 97]) compressed[at] ^= 0x5a;
  parts[2] = { ...sheet, compressed };
  return zipArchive(parts);
}

/** `rows` rows each with a cell at column JAAAAA, 9 million columns past XFD. */
export function columnBeyondXfd(rows: number): Uint8Array {
  let xml = headerRow();
  for (let n = 2; n < rows + 2; n++) xml += row(textCell("哈密市", `A${n}`) + numberCell(1000, `JAAAAA${n}`), n);
  return zipArchive(workbookParts([{ name: "名单", sheetData: xml }]));
}

/**
 * A sheet of shared-string cells whose sharedStrings.xml inflates to `mib` MiB from about a
 * thousandth of that. `recordedSize` lets the zip claim a harmless size, so only the inflating
 * itself can tell.
 */
export async function sharedStringsBomb(mib: number, recordedSize?: number, settingsSheet = false): Promise<Uint8Array> {
  const head = Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">');
  const tail = Buffer.from("</sst>");
  const block = Buffer.from(`<si><t>${"哈".repeat(340)}</t></si>`.repeat(1024));
  const blocks = Math.ceil((mib * 1024 * 1024) / block.length);
  const deflater = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflater.on("data", (chunk: Buffer) => out.push(chunk));
  const ended = once(deflater, "end");
  let crc = crc32(head);
  deflater.write(head);
  for (let i = 0; i < blocks; i++) {
    crc = crc32(block, crc);
    if (!deflater.write(block)) await once(deflater, "drain");
  }
  crc = crc32(tail, crc);
  deflater.end(tail);
  await ended;
  const size = head.length + blocks * block.length + tail.length;
  const sheet = headerRow() + row(textCell("哈密市", "A2") + `<c r="B2" t="s"><v>0</v></c>` + numberCell(1000, "C2"), 2);
  // The veryHidden sheet where the add-in keeps saved settings, its one cell a shared string:
  // settings are read before the check, so they must be read under the same caps.
  const settings = settingsSheet ? [{ name: "报表助手设置", state: "veryHidden" as const, sheetData: row(`<c r="A1" t="s"><v>0</v></c>`, 1) }] : [];
  return zipArchive(
    workbookParts([{ name: "名单", sheetData: sheet }, ...settings], [
      { name: "xl/sharedStrings.xml", content: "", compressed: Buffer.concat(out), crc, size: recordedSize ?? size },
    ]),
  );
}

/** A veryHidden clean copy placed first, then the visible roster whose row 3 has no name. */
export function veryHiddenCleanCopyFirst(): Uint8Array {
  const clean = rosterRows(3);
  const roster = headerRow() + rosterRow(2, "哈密市", "张三", 1000) + row(textCell("哈密市", "A3") + numberCell(1000, "C3"), 3) + rosterRow(4, "伊州区", "李四", 1000);
  return zipArchive(
    workbookParts([
      { name: "送温暖名单", state: "veryHidden", sheetData: clean },
      { name: "备用", state: "hidden", sheetData: clean },
      { name: "名单", sheetData: roster },
    ]),
  );
}

/** Five households whose names are inline rich text with a phonetic guide (<rPh>), as Excel writes pinyin. */
export function phoneticInlineStrings(): Uint8Array {
  const names = ["张三", "李四", "王五", "赵六", "钱七"];
  let xml = headerRow();
  names.forEach((name, i) => {
    const n = i + 2;
    const phonetic = `<is><r><t>${name[0]}</t></r><r><t>${name[1]}</t></r><rPh sb="0" eb="2"><t>pinyin</t></rPh><phoneticPr fontId="1"/></is>`;
    xml += row(textCell("哈密市", `A${n}`) + `<c r="B${n}" t="inlineStr">${phonetic}</c>` + numberCell(1000, `C${n}`), n);
  });
  return zipArchive(workbookParts([{ name: "名单", sheetData: xml }]));
}

/** One household of 100 元, with a `>` inside attribute values of its amount cell and value. */
export function greaterThanInAttribute(): Uint8Array {
  const amount = `<c r="C2" note="a>1000"><v remark="0>">100</v></c>`;
  const xml = headerRow() + row(textCell("哈密市", "A2") + textCell("张三", "B2") + amount, 2);
  return zipArchive(workbookParts([{ name: "名单", sheetData: xml }]));
}

/** `count` households with neither row nor cell references; the third's name cell is empty (row 4). */
export function rowsWithoutReferences(count: number): Uint8Array {
  let xml = row(["地区", "姓名", "慰问金额"].map((title) => textCell(title)).join(""));
  for (let i = 0; i < count; i++) xml += row(textCell("哈密市") + textCell(i === 2 ? "" : `职工${i}`) + numberCell(1000));
  return zipArchive(workbookParts([{ name: "名单", sheetData: xml }]));
}

/** Names written as CDATA sections, one holding characters that would otherwise be escaped. */
export function cdataNames(): Uint8Array {
  const cdata = (n: number, text: string) => `<c r="B${n}" t="inlineStr"><is><t><![CDATA[${text}]]></t></is></c>`;
  const xml = headerRow() + row(textCell("哈密市", "A2") + cdata(2, "王&五<小>") + numberCell(1000, "C2"), 2) + row(textCell("哈密市", "A3") + cdata(3, "赵六") + numberCell(800, "C3"), 3);
  return zipArchive(workbookParts([{ name: "名单", sheetData: xml }]));
}

/** Row 5 written before row 4: Excel has to repair such a file. */
export function rowsOutOfOrder(): Uint8Array {
  const xml = headerRow() + rosterRow(2, "哈密市", "张三", 1000) + rosterRow(3, "哈密市", "李四", 1000) + rosterRow(5, "哈密市", "王五", 1000) + rosterRow(4, "哈密市", "赵六", 1000);
  return zipArchive(workbookParts([{ name: "名单", sheetData: xml }]));
}

/** Row 3 written twice, with different households. */
export function duplicateRowNumber(): Uint8Array {
  const xml = headerRow() + rosterRow(2, "哈密市", "张三", 1000) + rosterRow(3, "哈密市", "李四", 1000) + rosterRow(3, "哈密市", "王五", 1000);
  return zipArchive(workbookParts([{ name: "名单", sheetData: xml }]));
}

/** A roster with one remark cell (column D) holding `bytes` of text: a tokenizer that re-scans pending text is quadratic here. */
export function longTextCell(bytes: number): Uint8Array {
  const remark = `<c r="D2" t="inlineStr"><is><t>${"备注很长".repeat(Math.ceil(bytes / 12))}</t></is></c>`;
  const xml = headerRow() + row(textCell("哈密市", "A2") + textCell("张三", "B2") + numberCell(1000, "C2") + remark, 2) + rosterRow(3, "伊州区", "李四", 500);
  return zipArchive(workbookParts([{ name: "名单", sheetData: xml }]));
}

/** A sheet part declaring a document type with an entity that expands a billion times. */
export function entityExpansion(): Uint8Array {
  const parts = workbookParts([{ name: "名单", sheetData: rosterRows(2) }]);
  const dtd = '<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
  parts[2] = { ...parts[2], content: dtd + (parts[2].content as string) };
  return zipArchive(parts);
}

import { cellAddress } from "../address";
import { ReportError } from "../errors";
import type { FieldKey } from "../fields";
import { matchHeaderCell } from "../header/detect-header";
import { maskNumberRuns } from "../format/mask";
import { closestHeading, fieldNames, likenessTo } from "../header/heading-likeness";
import { cellText } from "../rows/cell-text";
import type { SheetRow } from "../rows/sheet-row";
import type { CompiledTemplate } from "../template/compile-template";
import { HEADER_WINDOW } from "./header-window";

/** A sheet without a header, and how near it came: a workbook's sheets are compared by it. */
export class HeaderNotFoundError extends ReportError {
  constructor(
    messageZh: string,
    messageEn: string,
    /** Fields named by the row most like a header; 0 when no row names any. */
    readonly fieldsSeen: number,
  ) {
    super("header-not-found", messageZh, messageEn);
  }
}

/** How many unrecognised header texts the message quotes. */
const QUOTED = 6;
/** Header texts are short; anything longer is quoted up to here. */
const QUOTED_LENGTH = 20;

interface Unrecognised {
  readonly text: string;
  readonly cell: string;
  readonly likeness: number;
}

/**
 * Names the sheet, the row that looks most like a header, the fields it lacks and the header
 * texts in it nothing recognised (closest to a missing field first): the clerk's 乡镇 is right there
 * in the message, with the alias that would make it count.
 */
export function headerNotFound(compiled: CompiledTemplate, sheet: string, rows: readonly SheetRow[]): HeaderNotFoundError {
  // Nothing at all (the wrong file sent, the roster on another sheet): said so, not every heading a header needs.
  if (rows.every((row) => row.cells.every((cell) => cellText(cell) === ""))) {
    return new HeaderNotFoundError(
      `工作表“${sheet}”前${HEADER_WINDOW}行是空的，找不到表头：请确认这是要校验的名单文件，或名单在别的工作表（命令行用 --sheet 指定）。`,
      `No header: the first ${HEADER_WINDOW} rows of sheet "${sheet}" are empty; check that this is the roster file, or that the roster is on another sheet (--sheet on the command line).`,
      0,
    );
  }
  const best = nearestHeaderRow(compiled, rows);
  const where = `工作表“${sheet}”前${HEADER_WINDOW}行中找不到表头`;
  const whereEn = `No header in the first ${HEADER_WINDOW} rows of sheet "${sheet}"`;
  if (best === null) {
    const expected = compiled.headerFields.map((key) => `${label(compiled, key)}（${aliasesOf(compiled, key).join("/")}）`);
    return new HeaderNotFoundError(
      `${where}：没有一行认得出列名，表头须同时包含 ${expected.join("、")}。`,
      `${whereEn}: no row names any known column; a header needs all of ${expected.join(", ")}.`,
      0,
    );
  }
  const missing = compiled.headerFields.filter((key) => !best.found.has(key));
  const unrecognised = unrecognisedCells(compiled, best.row, missing);
  const missingZh = missing.map((key) => `${label(compiled, key)}（可写作 ${aliasesOf(compiled, key).join("/")}）`).join("、");
  const missingEn = missing.map((key) => `${compiled.fieldNames.get(key)?.fieldEn ?? key} (headed ${aliasesOf(compiled, key).join(" / ")})`).join(", ");
  const seenZh = unrecognised.length === 0 ? "该行没有别的列名" : `该行未认出的列名：${unrecognised.map((u) => `“${u.text}”（${u.cell}）`).join("、")}`;
  const seenEn = unrecognised.length === 0 ? "the row has no other headers" : `headers in it that match no field: ${unrecognised.map((u) => `"${u.text}" (${u.cell})`).join(", ")}`;
  // An alias is offered for a heading close in meaning to a missing field, else the field's own label is the example.
  const offered = missing.map((key) => ({ key, heading: closestHeading(compiled, key, unrecognised.map((u) => u.text)) }));
  const pair = offered.find((offer) => offer.heading !== null);
  const example = pair === undefined ? "" : JSON.stringify({ fields: [{ key: pair.key, aliases: [pair.heading] }] });
  return new HeaderNotFoundError(
    `${where}：第${best.row.rowNumber}行最像表头，但缺少 ${missingZh}；${seenZh}。请把表头改成可认的写法${pair === undefined ? "" : `，或在规则中给字段加别名，如 ${example}`}。`,
    `${whereEn}: row ${best.row.rowNumber} looks most like one but lacks the ${missingEn}; ${seenEn}. Rename the header${pair === undefined ? "" : `, or give the field an alias in the rules, e.g. ${example}`}.`,
    best.found.size,
  );
}

/** The window row naming the most fields; null when no row names any. */
function nearestHeaderRow(compiled: CompiledTemplate, rows: readonly SheetRow[]): { row: SheetRow; found: Set<FieldKey> } | null {
  let best: { row: SheetRow; found: Set<FieldKey> } | null = null;
  for (const row of rows) {
    const found = new Set<FieldKey>();
    for (const cell of row.cells) {
      const match = matchHeaderCell(compiled, cellText(cell));
      if (match !== null) found.add(match.field);
    }
    if (found.size > 0 && (best === null || found.size > best.found.size)) best = { row, found };
  }
  return best;
}

/** The row's text cells that name no field, those sharing most characters with a missing field's aliases first. */
function unrecognisedCells(compiled: CompiledTemplate, row: SheetRow, missing: readonly FieldKey[]): Unrecognised[] {
  const wanted = foldedAliases(compiled, missing);
  const cells: Unrecognised[] = [];
  row.cells.forEach((cell, index) => {
    const text = cellText(cell);
    if (typeof cell !== "string" || text === "" || matchHeaderCell(compiled, text) !== null) return;
    cells.push({ text: quoted(text), cell: cellAddress(row.rowNumber, row.firstColumn + index), likeness: likenessTo(text, wanted) });
  });
  return cells.sort((a, b) => b.likeness - a.likeness).slice(0, QUOTED);
}

/** The nearest row may be a data row after all: an ID in it is masked, a long note cut short. */
function quoted(text: string): string {
  const chars = Array.from(maskNumberRuns(text));
  return chars.length > QUOTED_LENGTH ? `${chars.slice(0, QUOTED_LENGTH).join("")}…` : chars.join("");
}

function foldedAliases(compiled: CompiledTemplate, keys: readonly FieldKey[]): string[] {
  return keys.flatMap((key) => fieldNames(compiled, key));
}

function label(compiled: CompiledTemplate, key: FieldKey): string {
  return compiled.fields.find((field) => field.key === key)?.label ?? key;
}

function aliasesOf(compiled: CompiledTemplate, key: FieldKey): readonly string[] {
  return compiled.fields.find((field) => field.key === key)?.aliases ?? [];
}

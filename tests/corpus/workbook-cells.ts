import ExcelJS from "exceljs";

/** Everything of a cell a clerk could lose; `fill` and `note` apart, since marking may add them. */
export interface CellRecord {
  readonly value: unknown;
  readonly formula: string | undefined;
  readonly style: Record<string, unknown>;
  readonly fill: unknown;
  readonly note: unknown;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

/**
 * The font exceljs writes as the workbook's font 0. A cell with no style of its own is drawn in it;
 * once a fill is added the cell gets a style record that names font 0 and border 0 outright, and
 * exceljs reads those back. Both ways the clerk sees the same cell, so both compare alike.
 */
const DEFAULT_FONT = { size: 11, color: { theme: 1 }, name: "Calibri", family: 2, scheme: "minor" };

function drawnStyle(style: Partial<ExcelJS.Style>): Record<string, unknown> {
  const { fill: _fill, ...rest } = JSON.parse(JSON.stringify(style)) as Record<string, unknown>;
  return { ...rest, font: rest.font ?? DEFAULT_FONT, border: rest.border ?? {} };
}

/** Every non-empty cell of a sheet by address, with its row's hidden flag and the sheet's merges. */
export function sheetRecord(sheet: ExcelJS.Worksheet): { cells: Record<string, CellRecord>; hiddenRows: number[]; merges: string[] } {
  const cells: Record<string, CellRecord> = {};
  const hiddenRows: number[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.hidden) hiddenRows.push(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell) => {
      const style = cell.style ?? {};
      cells[cell.address] = { value: cell.value, formula: cell.formula || undefined, style: drawnStyle(style), fill: style.fill, note: cell.note };
    });
  });
  return { cells, hiddenRows, merges: [...((sheet.model as { merges?: string[] }).merges ?? [])].sort() };
}

/**
 * The sheet as the original had it, except that flagged cells may have gained a fill and a note:
 * those two are compared only on cells nobody flagged.
 */
export function expectSameSheet(original: ExcelJS.Worksheet, copy: ExcelJS.Worksheet | undefined, flagged: ReadonlySet<string>): void {
  expect(copy).toBeDefined();
  const before = sheetRecord(original);
  const after = sheetRecord(copy!);
  const comparable = (record: typeof before) => ({
    ...record,
    cells: Object.fromEntries(Object.entries(record.cells).map(([address, cell]) => [address, flagged.has(address) ? { ...cell, fill: "(flagged)", note: "(flagged)" } : cell])),
  });
  expect(comparable(after)).toEqual(comparable(before));
}

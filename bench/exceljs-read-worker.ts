/**
 * Parts 2 and 5's baseline: exceljs alone streaming the rosters one after another (WorkbookReader,
 * default options), touching every row's values. Usage: exceljs-read-worker.js FILE... → prints {"rows": n}.
 */
import ExcelJS from "exceljs";

async function main(file: string): Promise<number> {
  let rows = 0;
  let cells = 0;
  for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(file, {})) {
    for await (const row of sheet) {
      rows++;
      cells += (row.values as unknown[]).length;
    }
  }
  return cells > 0 ? rows : 0;
}

async function readAll(files: readonly string[]): Promise<number> {
  let rows = 0;
  for (const file of files) rows += await main(file);
  return rows;
}

readAll(process.argv.slice(2)).then((rows) => process.stdout.write(JSON.stringify({ rows }) + "\n"));

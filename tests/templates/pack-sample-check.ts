import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openWorkbook } from "../../src/adapters/xlsx/open-workbook";
import { checkGrid } from "../../src/core/check/check-grid";
import type { CheckResult } from "../../src/core/check/types";
import { parsePack } from "../../src/core/template/load-pack";
import { packToTemplate } from "../../src/core/template/pack-to-template";
import type { Template } from "../../src/core/template/schema";
import { renderSummary, type RenderedSummary } from "../../src/core/summary/render-summary";
import { summaryDimensions } from "../../src/core/summary/summary-dimensions";
import { plantPackDefects, type PackRow, type PackSample } from "../../scripts/samples/pack-sample";

const ROOT = join(__dirname, "../..");

/** A bundled pack as the product loads it: parsed and checked key by key. */
export function bundledPack(id: string): Template {
  return packToTemplate(parsePack(JSON.parse(readFileSync(join(ROOT, "assets/templates", `${id}.json`), "utf8"))));
}

/** The checked-in sample (clean, or `-defects`), checked with its pack on the sample's own date. */
export async function checkSample(template: Template, sample: PackSample, copy: "clean" | "defects", today: Date): Promise<CheckResult> {
  const fileName = `${sample.stem}${copy === "clean" ? "" : "-defects"}.xlsx`;
  const opened = await openWorkbook(new Uint8Array(readFileSync(join(ROOT, "assets/samples", fileName))), fileName);
  const grid = opened.sheets[0];
  return checkGrid(template, { sheet: grid.name, rows: grid.rows, firstRow: grid.firstRow, firstColumn: grid.firstColumn, hiddenRows: grid.hiddenRows, today });
}

/** "cell code severity" of each issue, in sheet order. */
export function verdicts(result: CheckResult): string[] {
  return [...result.issues].sort((a, b) => a.row - b.row || a.cell.localeCompare(b.cell)).map((i) => `${i.cell} ${i.code} ${i.severity}`);
}

/** What the generator planted, in the same form. */
export function plantedVerdicts(sample: PackSample): string[] {
  return plantPackDefects(sample)
    .defects.sort((a, b) => a.row - b.row || a.cell.localeCompare(b.cell))
    .map((d) => `${d.cell} ${d.code} ${d.severity}`);
}

/** "cell code" of each defect listed under the sample's own heading in assets/samples/README.md. */
export function readmeDefects(sample: PackSample): string[] {
  const readme = readFileSync(join(ROOT, "assets/samples/README.md"), "utf8");
  const section = readme.split(`\n### ${sample.stem}.xlsx`)[1]?.split("\n#")[0] ?? "";
  return [...section.matchAll(/^\| ([A-Z]+\d+) \| `([a-z-]+)` \|/gm)].map((m) => `${m[1]} ${m[2]}`);
}

/** The pack's summary number `index` over the result, its placeholders those of the pack's dimensions. */
export function summary(template: Template, result: CheckResult, index: number): RenderedSummary {
  return renderSummary(template.summaries[index].text, result, summaryDimensions(template));
}

/** The sample's rows by one field's value, in the order the sheet first lists each value. */
export function rowsBy(rows: readonly PackRow[], key: string): [string, PackRow[]][] {
  return [...new Set(rows.map((row) => String(row[key])))].map((value) => [value, rows.filter((row) => String(row[key]) === value)]);
}

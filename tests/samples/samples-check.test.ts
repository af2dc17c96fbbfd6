import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openWorkbook } from "../../src/adapters/xlsx/open-workbook";
import { checkGrid } from "../../src/core/check/check-grid";
import type { CheckResult } from "../../src/core/check/types";
import { renderSummary } from "../../src/core/summary/render-summary";
import { SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";
import { hamiRoster } from "../../scripts/samples/hami-roster";
import { plantDefects } from "../../scripts/samples/planted-defects";
import { layOutSheet } from "../../scripts/samples/sheet-layout";

const SAMPLES = join(__dirname, "../../assets/samples");
/** The samples are dated January 2018; birth dates are checked against this day. */
const TODAY = new Date(Date.UTC(2018, 0, 10));

async function check(fileName: string): Promise<CheckResult> {
  const opened = await openWorkbook(new Uint8Array(readFileSync(join(SAMPLES, fileName))), fileName);
  const grid = opened.sheets[0];
  return checkGrid(SONGWENNUAN_TEMPLATE, { sheet: grid.name, rows: grid.rows, firstRow: grid.firstRow, firstColumn: grid.firstColumn, hiddenRows: grid.hiddenRows, today: TODAY });
}

describe("the checker on the sample workbooks", () => {
  it("finds nothing wrong in the clean sample, and its default summary is the seed sentence", async () => {
    const result = await check("songwennuan-hami.xlsx");
    expect(result.issues.map((i) => `${i.cell} ${i.code}`)).toEqual([]);
    expect(result.dataRows).toBe(400);
    expect(renderSummary(SONGWENNUAN_TEMPLATE.summaries[0].text, result)).toEqual({
      text:
        "本次全地区共走访慰问400名困难劳模及职工，其中：地直55户（劳模2户）、哈密市125户（劳模25户）、巴里坤县176户（劳模48户）、伊吾县44户（劳模0户）。" +
        "将发放慰问金27.4万元，其中：地直6.1万元、哈密市7万元、巴里坤县10.7万元、伊吾县3.6万元。",
      warnings: [],
    });
  });

  it("reports exactly the planted codes at the planted cells of the defects sample", async () => {
    const result = await check("songwennuan-hami-defects.xlsx");
    const { defects } = plantDefects(layOutSheet(hamiRoster()));
    const byPosition = (a: { row: number; cell: string }, b: { row: number; cell: string }) => a.row - b.row || a.cell.localeCompare(b.cell);
    expect([...result.issues].sort(byPosition).map((i) => `${i.cell} ${i.code} ${i.severity}`)).toEqual(
      [...defects].sort(byPosition).map((d) => `${d.cell} ${d.code} ${d.severity}`),
    );
  });

  it("names the first row in the duplicate's message", async () => {
    const result = await check("songwennuan-hami-defects.xlsx");
    expect(result.issues.find((i) => i.code === "duplicate-person")?.message).toContain("与第4行重复");
  });
});

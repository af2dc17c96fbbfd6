/**
 * 列对应 in the standalone page, end to end: a county roster whose region column no alias knows is
 * mapped in the page, checked, downloaded, and the CLI run on the downloaded copy (which carries
 * the mapping) gives the same verdict. Also: 打开示例 from a page opened as a file.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { buildCli, runCli } from "../apps/cli/run-cli";
import { counts, downloadBytes, issueRows, openStandalone, UI_TIMEOUT, useGuardedPage, useWorld } from "./support/pages";
import { DIST_DIR } from "./support/static-server";
import { DEFECTS_SAMPLE, PLANTED_DEFECTS } from "./support/workbooks";

jest.setTimeout(120_000);

const world = useWorld("standalone.html");
const guarded = useGuardedPage(world);
const dir = mkdtempSync(path.join(tmpdir(), "baobiao-e2e-mapping-"));
/** A region header no template alias knows (乡镇 itself is becoming a built-in alias). */
const COUNTY_REGION = "所属辖区";
const PLANTED = PLANTED_DEFECTS.map((defect) => `${defect.cell} ${defect.code}`).sort();

/** The defects sample as a county would send it: its 地区 header renamed. */
async function countyRoster(): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(DEFECTS_SAMPLE);
  let renamed = 0;
  workbook.worksheets[0].eachRow((row, rowNumber) => {
    if (rowNumber > 10) return;
    row.eachCell((cell) => {
      if (cell.value === "地区") {
        cell.value = COUNTY_REGION;
        renamed++;
      }
    });
  });
  expect(renamed).toBe(1);
  const file = path.join(dir, "县花名册.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

beforeAll(() => buildCli());

describe("列对应 in the standalone page", () => {
  test("map 所属辖区 → 地区, check, download: the CLI on the downloaded copy gives the same verdict", async () => {
    const file = await countyRoster();
    // Without the mapping its 地区 column is missing: one error naming the heading that may be it, the rest checked.
    const unmapped = runCli(["check", file]);
    expect(unmapped.stdout).toContain(`表头中的“${COUNTY_REGION}”可能就是这一列`);

    const { page } = guarded();
    await openStandalone(page, world());
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByText("已打开：县花名册.xlsx").waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole("button", { name: "一键校验" }).click();
    await page.getByTestId("column-mapper").waitFor({ timeout: UI_TIMEOUT });
    await expectText(page.getByTestId("mapper-missing"), "还缺：地区");
    await page.getByRole("combobox", { name: `“${COUNTY_REGION}”列是` }).click();
    await page.getByRole("option", { name: "地区", exact: true }).click();
    await expectText(page.getByTestId("mapper-missing"), "必需的列都已对应");
    await page.getByTestId("mapper-apply").click();

    expect(await counts(page)).toMatchObject({ errors: 10, warnings: 3 });
    expect(await issueRows(page)).toEqual(PLANTED);

    const download = await downloadBytes(page, () => page.getByTestId("download-result").click());
    const copy = path.join(dir, download.name);
    writeFileSync(copy, download.bytes);
    const run = runCli(["check", copy, "--json"]);
    const report = JSON.parse(run.stdout) as { issues: { cell: string; code: string }[]; template: { savedSettings: { zh: string }[] } };
    // The verdict says which saved settings it applied (docs/security.md).
    expect(report.template.savedSettings.map((line) => line.zh)).toContain(`已采用工作簿中保存的列对应 1 项：${COUNTY_REGION}→地区`);
    expect(report.issues.map((issue) => `${issue.cell} ${issue.code}`).sort()).toEqual(PLANTED);
    expect(run.code).toBe(1);
  });
});

describe("the page opened as a file (file://)", () => {
  test("打开示例 opens the sample from the page's own files, and checks it", async () => {
    const { page } = guarded();
    await page.goto(pathToFileURL(path.join(DIST_DIR, "standalone.html")).href);
    await page.getByRole("button", { name: "打开示例" }).click();
    await page.getByText("已打开：songwennuan-hami-defects.xlsx").waitFor({ timeout: UI_TIMEOUT });
    await page.getByRole("button", { name: "一键校验" }).click();
    expect(await counts(page)).toMatchObject({ errors: 10, warnings: 3 });
  });
});

async function expectText(locator: ReturnType<import("playwright-core").Page["getByTestId"]>, text: string): Promise<void> {
  await locator.filter({ hasText: text }).waitFor({ timeout: UI_TIMEOUT });
}

/**
 * 对照档案 on the standalone page in Debian's Chromium: the four 哈密 submissions dropped, then the
 * sample 档案表 (assets/samples/archive-register-hami.xlsx): every submission is checked again against
 * it, the register's disagreements are listed at the same cells the Node check finds, the 未慰问在档户
 * are counted and listed (names masked), and the downloaded 汇总 workbook has the 未慰问在档户 sheet.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { checkRosterSheets } from "../../src/adapters/xlsx/check-roster-sheets";
import { readRegister } from "../../src/adapters/xlsx/read-register";
import { openWorkbookFile } from "../../src/adapters/xlsx/workbook-file";
import { placeName } from "../../src/core/consolidate/person-index";
import { SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";
import { downloadBytes, dropFiles, openStandalone, UI_TIMEOUT, useGuardedPage, useWorld } from "./support/pages";
import { loadWorkbook, SAMPLES_DIR, sheetTexts } from "./support/workbooks";

jest.setTimeout(120_000);

const world = useWorld("standalone.html");
const guarded = useGuardedPage(world);
const SUBMISSIONS = path.join(SAMPLES_DIR, "submissions");
const REGISTER = "archive-register-hami.xlsx";
const FOUR_KINDS = ["archive-level-mismatch", "archive-person-mismatch", "archive-closed", "archive-not-registered"];

function sampleFiles(): { name: string; bytes: Uint8Array }[] {
  return readdirSync(SUBMISSIONS)
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(SUBMISSIONS, name))) }));
}

/** Where the Node check finds the register's disagreements: the page must name the same cells. */
async function cellsInNode(): Promise<string[]> {
  const register = await readRegister([{ fileName: REGISTER, bytes: new Uint8Array(readFileSync(path.join(SAMPLES_DIR, REGISTER))) }]);
  const cells: string[] = [];
  for (const { name, bytes } of sampleFiles()) {
    const { checked } = await checkRosterSheets(await openWorkbookFile(bytes, name), SONGWENNUAN_TEMPLATE, { collectPeople: true, register });
    for (const result of checked) {
      for (const issue of result.issues) if (FOUR_KINDS.includes(issue.code)) cells.push(`${issue.code} ${placeName({ file: name, sheet: result.sheet }, issue.cell)}`);
    }
  }
  return cells.sort();
}

describe("standalone page: 对照档案", () => {
  test("the submissions against the sample register: the four kinds of disagreement at their cells, the 未慰问在档户 list, and the sheet in the downloaded 汇总", async () => {
    const { page } = guarded();
    await openStandalone(page, world());
    await page.getByRole("tab", { name: "逐级上报（多份名单）" }).click();
    await dropFiles(page, "submissions-drop-zone", sampleFiles());
    await page.getByTestId("consolidated-summary").waitFor({ timeout: UI_TIMEOUT });
    expect(await page.getByTestId("register-files").innerText()).toContain("未对照档案表");

    await dropFiles(page, "register-drop-zone", [{ name: REGISTER, bytes: new Uint8Array(readFileSync(path.join(SAMPLES_DIR, REGISTER))) }]);
    const counts = page.getByTestId("register-counts");
    await counts.waitFor({ timeout: UI_TIMEOUT });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="issue-row"][data-code="archive-closed"]').length > 0, undefined, { timeout: UI_TIMEOUT });
    expect(await counts.innerText()).toBe("在档 262 户，已慰问 256 户，覆盖率 97.7%；未慰问在档户 6 户");
    expect(await page.getByTestId("register-files").innerText()).toBe(`对照档案表：${REGISTER}`);

    const shown: string[] = [];
    for (const code of FOUR_KINDS) {
      for (const row of await page.locator(`[data-testid="issue-row"][data-code="${code}"]`).all()) shown.push(`${code} ${await row.getAttribute("data-issue-cell")}`);
    }
    const expected = await cellsInNode();
    expect(expected).toHaveLength(4);
    expect(shown.sort()).toEqual(expected);

    const notReached = page.getByTestId("not-reached").locator("tbody tr");
    expect(await notReached.count()).toBe(6);
    const listed = await page.getByTestId("not-reached").innerText();
    expect(listed).toContain("档案表位置");
    expect(listed).not.toMatch(/\d{17}[\dX]/);

    const { bytes } = await downloadBytes(page, () => page.getByRole("button", { name: "下载汇总工作簿" }).click());
    const workbook = await loadWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("未慰问在档户");
    const sheet = sheetTexts(workbook).find((candidate) => candidate.sheet === "未慰问在档户")!;
    expect(sheet.header).toEqual(["序号", "档案编号", "姓名", "档案级别", "所在地区", "单位", "档案表位置"]);
    expect(sheet.rows.filter((row) => /^\d+$/.test(row[0] ?? ""))).toHaveLength(6);
    expect(JSON.stringify(sheet.rows)).toContain("在档 262 户，已慰问 256 户，覆盖率 97.7%，未慰问 6 户");
  });
});

import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { asMacroWorkbook } from "../../adapters/xlsx/workbook-files";
import { embedSavedSettings } from "../../../src/adapters/xlsx/embed-saved-settings";
import { readSavedSettings } from "../../../src/adapters/xlsx/saved-settings";
import { SETTINGS_SHEET } from "../../../src/core/workbook/sheet-names";
import { MemorySettings } from "../../../src/apps/standalone/settings-store";
import { StandaloneHost } from "../../../src/apps/standalone/standalone-host";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { rosterWorkbook } from "./roster-workbook";

interface Saved {
  bytes: Uint8Array;
  fileName: string;
}

async function openRoster(settings?: MemorySettings) {
  const saved: Saved[] = [];
  const host = await StandaloneHost.open(
    await rosterWorkbook(),
    "哈密.xlsx",
    SONGWENNUAN_TEMPLATE,
    (bytes, fileName) => saved.push({ bytes, fileName }),
    settings,
  );
  return { host, saved };
}

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("the standalone page's workbook host", () => {
  it("starts on the sheet whose header it recognises", async () => {
    const { host } = await openRoster();
    expect(await host.listSheets()).toEqual(["说明", "花名册"]);
    expect(await host.defaultSheet()).toBe("花名册");
  });

  it("checks the sheet and colours the flagged cells in the preview; clearing removes them", async () => {
    const { host } = await openRoster();
    const result = await host.check(SONGWENNUAN_TEMPLATE, "花名册");
    expect(result.issues.map((issue) => issue.cell).sort()).toEqual(["D5", "H4"]);
    await host.markIssues(result);
    expect([...host.getView().marks]).toEqual(expect.arrayContaining([["H4", "error"], ["D5", "error"]]));
    await host.clearMarks();
    expect(host.getView().marks.size).toBe(0);
  });

  it("outlines the selected cell and tells the preview", async () => {
    const { host } = await openRoster();
    const seen: (string | null)[] = [];
    host.subscribe(() => seen.push(host.getView().selected));
    await host.selectCell("花名册", "H4");
    expect(seen).toEqual(["H4"]);
    expect(host.getView().sheet).toBe("花名册");
  });

  it("downloads the checked workbook with every original value and the flagged cells filled", async () => {
    const { host, saved } = await openRoster();
    const result = await host.check(SONGWENNUAN_TEMPLATE, "花名册");
    await host.downloadAnnotated(result, SONGWENNUAN_TEMPLATE);
    expect(saved.map((file) => file.fileName)).toEqual(["哈密-校验结果.xlsx"]);
    const workbook = await reopen(saved[0].bytes);
    const sheet = workbook.getWorksheet("花名册")!;
    expect(sheet.getCell("D5").value).toBe("110105194912310021");
    expect(sheet.getCell("H4").value).toBe(500);
    expect(sheet.getCell("H4").fill).toMatchObject({ type: "pattern", pattern: "solid" });
    expect(sheet.getCell("H3").fill?.type === "pattern" && sheet.getCell("H3").fill).toBeFalsy();
    expect(workbook.getWorksheet("分地区汇总")).toBeDefined();
  });

  it("downloads the checked copy of a workbook with macros as .xlsm, the macros kept", async () => {
    const saved: Saved[] = [];
    const macros = asMacroWorkbook(await rosterWorkbook());
    const host = await StandaloneHost.open(macros, "哈密.xlsm", SONGWENNUAN_TEMPLATE, (bytes, fileName) => saved.push({ bytes, fileName }));
    await host.downloadAnnotated(await host.check(SONGWENNUAN_TEMPLATE, "花名册"), SONGWENNUAN_TEMPLATE);
    expect(saved.map((file) => file.fileName)).toEqual(["哈密-校验结果.xlsm"]);
    expect(unzipSync(saved[0].bytes)["xl/vbaProject.bin"]).toEqual(unzipSync(macros)["xl/vbaProject.bin"]);
  });

  it("downloads a 公示版 without ID numbers in full", async () => {
    const { host, saved } = await openRoster();
    const result = await host.check(SONGWENNUAN_TEMPLATE, "花名册");
    await host.downloadPublic(result, SONGWENNUAN_TEMPLATE);
    expect(saved[0].fileName).toBe("哈密-公示版.xlsx");
    const workbook = await reopen(saved[0].bytes);
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value)))));
    expect(texts).toContain("张三");
    expect(texts.join(" ")).not.toContain("11010519491231002X");
    expect(texts.join(" ")).not.toContain("6222021234567890128");
  });

  it("writes the summary into a 总结 sheet that the next download carries", async () => {
    const { host, saved } = await openRoster();
    expect(await host.writeSummary("本次共慰问3户。")).toBe("总结!A1");
    const result = await host.check(SONGWENNUAN_TEMPLATE, "花名册");
    await host.downloadAnnotated(result, SONGWENNUAN_TEMPLATE);
    const workbook = await reopen(saved[0].bytes);
    expect(workbook.getWorksheet("总结")!.getCell("A1").value).toBe("本次共慰问3户。");
  });

  it("keeps rule settings for the session, across files", async () => {
    const settings = new MemorySettings();
    const first = await openRoster(settings);
    await first.host.saveSettings({ rules: { archiveGroups: [] } });
    const second = await openRoster(settings);
    expect(await second.host.loadSettings()).toEqual({ rules: { archiveGroups: [] } });
  });

  it("takes the settings a file carries over this browser's, and the checked copy carries what was saved", async () => {
    const browser = new MemorySettings();
    browser.save({ rules: { archiveGroups: [] } });
    const carried = { columnMap: { 村组: null } };
    const bytes = embedSavedSettings(await rosterWorkbook(), carried, new Date("2026-01-05T00:00:00Z"));
    const saved: Saved[] = [];
    const host = await StandaloneHost.open(bytes, "县.xlsx", SONGWENNUAN_TEMPLATE, (b, fileName) => saved.push({ bytes: b, fileName }), browser);
    expect(await host.loadSettings()).toEqual(carried);
    await host.saveSettings({ columnMap: { 地区: "region" } });
    expect(browser.load()).toEqual({ columnMap: { 地区: "region" } });
    await host.downloadAnnotated(await host.check(SONGWENNUAN_TEMPLATE, "花名册"), SONGWENNUAN_TEMPLATE);
    expect(await readSavedSettings(saved[0].bytes)).toEqual({ columnMap: { 地区: "region" } });
    expect((await reopen(saved[0].bytes)).worksheets.filter((sheet) => sheet.name === SETTINGS_SHEET)).toHaveLength(1);
  });

  it("rejects a file that is not a workbook with a clear message", async () => {
    const bytes = new TextEncoder().encode("PK not really a zip");
    await expect(StandaloneHost.open(bytes, "花名册.docx", SONGWENNUAN_TEMPLATE, () => {})).rejects.toMatchObject({
      name: "ReportError",
    });
  });
});

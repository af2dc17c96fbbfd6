import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { embedSavedSettings } from "../../../src/adapters/xlsx/embed-saved-settings";
import { readSavedSettings } from "../../../src/adapters/xlsx/saved-settings";
import { tempDir } from "../../adapters/xlsx/workbook-files";
import { writeRoster } from "./rosters";
import { buildCli, runCli } from "./run-cli";

jest.setTimeout(120_000);

const dir = tempDir();
beforeAll(() => buildCli());

/** 新疆's own 送温暖 pack: the bundled one renamed, its minimums raised to 1200 元. */
function provincePack(): Record<string, unknown> {
  const pack = JSON.parse(readFileSync(join(__dirname, "../../../assets/templates/songwennuan.json"), "utf8"));
  return { ...pack, id: "xinjiang-songwennuan", name: "新疆送温暖花名册" };
}

function writePack(): string {
  const path = join(dir, "xinjiang.json");
  writeFileSync(path, JSON.stringify(provincePack()));
  return path;
}

describe("a province's own pack travels up inside the workbook", () => {
  it("--form pack.json --out saves the pack into the annotated copy, beside the settings the file had", async () => {
    const roster = await writeRoster(dir, "county.xlsx");
    writeFileSync(roster, embedSavedSettings(readFileSync(roster), { columnMap: { 备注2: null } }, new Date()));
    const out = join(dir, "county-checked.xlsx");
    expect(runCli(["check", roster, "--form", writePack(), "--out", out]).code).toBe(0);
    const saved = (await readSavedSettings(readFileSync(out))) as Record<string, unknown>;
    expect(saved.pack).toEqual(provincePack());
    expect(saved.columnMap).toEqual({ 备注2: null });
  });

  it("the level above checks that copy with the pack it carries, without --form, and says so", async () => {
    const out = join(dir, "county-checked.xlsx");
    const report = JSON.parse(runCli(["check", out, "--json"]).stdout);
    expect(report.template).toMatchObject({ id: "xinjiang-songwennuan", chosenBy: "workbook", reason: { zh: "按工作簿中保存的表式“新疆送温暖花名册”校验（非内置表式，本机无同名表式可比）" } });
    expect(report.dataRows).toBe(3);
  });

  it("the 汇总 workbook of several submissions carries the pack too", async () => {
    const folder = join(dir, "units");
    mkdirSync(folder);
    await writeRoster(folder, "01.xlsx");
    await writeRoster(folder, "02.xlsx");
    const out = join(dir, "汇总.xlsx");
    // The same three people in both: paid twice, so exit 1; the 汇总 workbook is written all the same.
    expect(runCli(["check", folder, "--form", writePack(), "--out", out]).code).toBe(1);
    expect(((await readSavedSettings(readFileSync(out))) as Record<string, unknown>).pack).toEqual(provincePack());
  });

  it("a bundled form is not copied into the workbook", async () => {
    const out = join(dir, "bundled-checked.xlsx");
    expect(runCli(["check", await writeRoster(dir, "bundled.xlsx"), "--form", "送温暖", "--out", out]).code).toBe(0);
    expect(await readSavedSettings(readFileSync(out))).toBeNull();
  });

  it("a damaged pack in a workbook is named as the workbook's", async () => {
    const roster = await writeRoster(dir, "bad-carried.xlsx");
    writeFileSync(roster, embedSavedSettings(readFileSync(roster), { pack: { ...provincePack(), person: { name: "nobody" } } }, new Date()));
    const run = runCli(["check", roster]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("工作簿中保存的模板有误：person.name: 未知字段 nobody");
  });
});

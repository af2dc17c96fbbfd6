import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { openWorkbook } from "../../../src/adapters/xlsx/open-workbook";
import type { SheetRow } from "../../../src/core/rows/sheet-row";
import { chooseTemplate, type HeaderNames } from "../../../src/core/template/choose-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

const ROOT = join(__dirname, "../../..");
const SAMPLES = join(ROOT, "assets/samples");
const packFile = (id: string): HeaderNames => JSON.parse(readFileSync(join(ROOT, "assets/templates", `${id}.json`), "utf8"));
/** 送温暖 first, as the CLI lists the packs. */
const PACKS: readonly HeaderNames[] = [SONGWENNUAN_TEMPLATE, packFile("jinqiu-zhuxue"), packFile("laomo-weiwen"), packFile("kunnan-jiating")];

async function topRows(path: string): Promise<SheetRow[][]> {
  const opened = await openWorkbook(new Uint8Array(readFileSync(path)), path);
  return opened.sheets.map((grid) =>
    grid.rows.slice(0, 30).map((cells, i) => ({ rowNumber: grid.firstRow + i, cells: cells ?? [], firstColumn: grid.firstColumn, hidden: false })),
  );
}

/** The form's optional columns a bundled sample leaves out. */
const SAMPLE_LACKS: Readonly<Record<string, readonly string[]>> = { "laomo-weiwen": ["subtotal"] };

const headerOnly = (...cells: string[]): SheetRow[][] => [[{ rowNumber: 1, cells, firstColumn: 1, hidden: false }]];

describe("choosing the template from a roster's header", () => {
  it.each([
    ["jinqiu-zhuxue-tianmen.xlsx", "jinqiu-zhuxue"],
    ["jinqiu-zhuxue-tianmen-defects.xlsx", "jinqiu-zhuxue"],
    ["laomo-weiwen-hami.xlsx", "laomo-weiwen"],
    ["laomo-weiwen-hami-defects.xlsx", "laomo-weiwen"],
    ["kunnan-jiating-jiedao.xlsx", "kunnan-jiating"],
    ["kunnan-jiating-jiedao-defects.xlsx", "kunnan-jiating"],
    ["songwennuan-hami.xlsx", "songwennuan"],
    ["songwennuan-hami-defects.xlsx", "songwennuan"],
  ])("%s is detected as %s, every column of its header recognised", async (file, id) => {
    const choice = chooseTemplate(PACKS, await topRows(join(SAMPLES, file)));
    expect(choice.kind).toBe("detected");
    expect(choice.pack.id).toBe(id);
    // 劳模's samples carry no 小计 column: the form's optional 小计 is checked only where a roster has one.
    const absent = SAMPLE_LACKS[id] ?? [];
    expect(choice.pack.fields.map((field) => field.key).filter((key) => !choice.fits[0].matched.includes(key))).toEqual(absent);
    expect(choice.reason.zh).toContain(`按表头识别为“${choice.pack.name}”（${choice.pack.fields.length} 列中认出 ${choice.pack.fields.length - absent.length} 列`);
  });

  it("picks 送温暖 for each unit's 送温暖 submission, whatever its layout (merged 地区, an instructions sheet first, CSV)", async () => {
    const dir = join(SAMPLES, "submissions");
    const files = readdirSync(dir).filter((name) => /\.(xlsx|csv)$/.test(name));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) expect([file, chooseTemplate(PACKS, await topRows(join(dir, file))).pack.id]).toEqual([file, "songwennuan"]);
  });

  it("says why: the runner-up and how many of its columns it found", async () => {
    const choice = chooseTemplate(PACKS, await topRows(join(SAMPLES, "laomo-weiwen-hami.xlsx")));
    expect(choice.fits[1].pack.id).toBe("songwennuan");
    expect(choice.reason.zh).toBe(`按表头识别为“劳模慰问名册”（17 列中认出 16 列；其次“送温暖慰问花名册”${choice.fits[1].matched.length} 列）`);
    // 劳模级别 and 特殊困难帮扶金 are what 送温暖 lacks.
    expect(choice.fits[1].matched.length).toBeLessThan(16);
  });

  it("never chooses a form from columns every roster has: 序号、姓名、身份证号、金额 fit no form, and each candidate says what it lacks", () => {
    const choice = chooseTemplate(PACKS, headerOnly("序号", "姓名", "身份证号", "金额"));
    expect(choice.kind).toBe("unidentified");
    expect(choice.reason.zh).toBe(
      "表头不足以认定是哪种报表，请指定报表：“送温暖慰问花名册”认出 4 列，缺少能认定它的列（人员类别、是否劳模、发放方式，至少一列）；" +
        "“困难家庭慰问名册”认出 4 列，缺少能认定它的列（社区、家庭类别、家庭人口、慰问物品，至少一列）；" +
        "“劳模慰问名册”认出 3 列，缺少能认定它的列（劳模级别、荣誉称号、授予年份、是否困难劳模，至少一列）；" +
        "“金秋助学资助名单”认出 2 列，缺少能认定它的列（学生姓名、学生身份证号、录取学校、入学层次，至少一列）",
    );
  });

  it("a 困难职工帮扶台账 that fits 10 of 送温暖's 17 columns is not taken for 送温暖: none of its identifying columns is there", () => {
    const choice = chooseTemplate(
      PACKS,
      headerOnly("序号", "档案编号", "姓名", "性别", "身份证号码", "工作单位", "困难类别", "建档级别", "帮扶类型", "帮扶日期", "帮扶金额", "帮扶内容", "经办人", "联系电话", "备注"),
    );
    expect(choice.kind).toBe("unidentified");
    expect(choice.fits[0].pack.id).toBe("songwennuan");
    expect(choice.fits[0].matched).toHaveLength(10);
    expect(choice.fits[0].lacking).toEqual(["人员类别", "是否劳模", "发放方式"]);
  });

  it("says a header naming two forms' identifying columns alike is ambiguous, and asks which", () => {
    const choice = chooseTemplate(PACKS, headerOnly("姓名", "身份证号", "慰问类别", "金额"));
    expect(choice.kind).toBe("ambiguous");
    if (choice.kind !== "ambiguous") return;
    expect(choice.tied.map((pack) => pack.id)).toEqual(["songwennuan", "kunnan-jiating"]);
    expect(choice.reason.zh).toBe("表头同样符合“送温暖慰问花名册”、“困难家庭慰问名册”（各认出 4 列），请指定报表");
    expect(choice.reason.en).toContain("equally (4 columns each)");
  });

  it("one column more breaks the tie: 家庭类别 makes it the 困难家庭 roster", () => {
    const choice = chooseTemplate(PACKS, headerOnly("序号", "姓名", "身份证号", "金额", "家庭类别"));
    expect([choice.kind, choice.pack.id]).toEqual(["detected", "kunnan-jiating"]);
  });

  it("finds a header spread over two rows (merged group cells above)", () => {
    const rows: SheetRow[][] = [
      [
        { rowNumber: 3, cells: ["学生情况", null, null, "家长情况", null, "资助金额（元）"], firstColumn: 1, hidden: false },
        { rowNumber: 4, cells: ["学生姓名", "入学层次", "录取学校", "家长姓名", "家长建档级别", null], firstColumn: 1, hidden: false },
      ],
    ];
    const choice = chooseTemplate(PACKS, rows);
    expect(choice.pack.id).toBe("jinqiu-zhuxue");
    expect(choice.fits[0].matched).toEqual(["studentName", "school", "schoolLevel", "parentName", "parentArchiveLevel", "amount"]);
  });

  it("says so when no column of any pack is recognised, and falls back to the first pack (its check says the header is not found)", () => {
    const choice = chooseTemplate(PACKS, headerOnly("品名", "规格", "数量"));
    expect([choice.kind, choice.pack.id]).toEqual(["no-match", "songwennuan"]);
    expect(choice.reason.zh).toBe("表头里没有认出任何报表的列，按“送温暖慰问花名册”校验");
  });
});

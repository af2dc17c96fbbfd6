import jinqiuJson from "../../../assets/templates/jinqiu-zhuxue.json";
import type { CellValue } from "../../../src/core/cell";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";
import { generateRoster, ROSTER_HEADER } from "../../fakes/generate-roster";
import { excelHostWith } from "../excel/harness";
import { ROSTER, wpsHostWith } from "./harness";

const JINQIU = packToTemplate(parsePack(jinqiuJson));

/** 金秋助学 as a county wrote it: 学生 and 家长 merged over 姓名 / 身份证号码, 所属乡镇 typed once over its block. */
const STUDENT: CellValue[] = ["兰州大学", "本科", "张大山", "440524188001010014", "市总", 5000, "6222021234567890128", "张大山"];
const GRID: CellValue[][] = [
  ["序号", "所属乡镇", "学生", null, "录取学校", "入学层次", "家长", null, "家长建档级别", "资助金额（元）", "银行卡号", "户名"],
  [null, null, "姓名", "身份证号码", null, null, "姓名", "身份证号码", null, null, null, null],
  [1, "城关镇", "张小明", "11010519491231002X", ...STUDENT],
  [2, null, "李小红", "11010519491231002X", ...STUDENT],
  [3, null, "王小刚", "11010519491231002X", ...STUDENT],
  [4, "东关镇", "赵小丽", "11010519491231002X", ...STUDENT],
  [5, null, "钱小东", "11010519491231002X", ...STUDENT],
];
/** The header's merges (序号 and 所属乡镇 down two rows, the group headings across two columns) and the 乡镇 blocks. */
const MERGES = [
  { top: 1, left: 1, bottom: 2, right: 1 },
  { top: 1, left: 2, bottom: 2, right: 2 },
  { top: 1, left: 3, bottom: 1, right: 4 },
  { top: 1, left: 7, bottom: 1, right: 8 },
  { top: 3, left: 2, bottom: 5, right: 2 },
  { top: 6, left: 2, bottom: 7, right: 2 },
];

describe("WPS host: merged areas (Range.MergeCells, Range.MergeArea)", () => {
  it("reads a two-row header with merged group headings and a 乡镇 merged over its block as the Excel host does", async () => {
    const wps = wpsHostWith(GRID);
    wps.sheet.merges.push(...MERGES);
    const excel = excelHostWith(GRID, { apiVersion: "1.13" });
    excel.model.sheet(ROSTER)!.merges.push(...MERGES);

    const inWps = await wps.host.check(JINQIU, ROSTER);
    const inExcel = await excel.host.check(JINQIU, ROSTER);
    expect(inWps.headerRows).toEqual([1, 2]);
    expect(inWps.columns).toMatchObject({ region: 2, studentName: 3, studentId: 4, parentName: 7, parentId: 8 });
    // The rows under a merged 乡镇 read 城关镇 / 东关镇: no 地区为空, and they tally under their town.
    expect(inWps.issues.filter((issue) => issue.field === "region")).toEqual([]);
    expect(inWps.regions.map((tally) => `${tally.region} ${tally.households}`)).toEqual(["城关镇 3", "东关镇 2"]);
    expect(inWps.issues).toEqual(inExcel.issues);
    expect(inWps.regions).toEqual(inExcel.regions);
  });

  it("gives the merges with a whole read for checking while typing, as Excel's readRows does", async () => {
    const wps = wpsHostWith(GRID);
    wps.sheet.merges.push(...MERGES);
    const excel = excelHostWith(GRID, { apiVersion: "1.13" });
    excel.model.sheet(ROSTER)!.merges.push(...MERGES);
    const sorted = (merges: readonly { top: number; left: number }[] = []) => [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
    const read = await wps.host.readRows!(ROSTER);
    expect(sorted(read.merges)).toEqual(sorted(MERGES));
    expect(sorted(read.merges)).toEqual(sorted((await excel.host.readRows!(ROSTER)).merges));
  });

  it("costs one MergeCells call on a sheet without merges", async () => {
    const wps = wpsHostWith(GRID);
    await wps.host.check(JINQIU, ROSTER);
    expect(wps.model.calls.get("Range.MergeCells")).toBe(1);
    expect(wps.model.calls.get("Range.MergeArea") ?? 0).toBe(0);
  });

  it("costs a few calls per merge, not per row: 地区 merged in blocks of ten over 2,000 rows", async () => {
    const roster = generateRoster(2000);
    const region = ROSTER_HEADER.indexOf("地区") + 1;
    const wps = wpsHostWith(roster.rows);
    for (let top = 3; top + 9 <= 2002; top += 10) wps.sheet.merges.push({ top, left: region, bottom: top + 9, right: region });
    wps.model.resetCalls();
    const read = await wps.host.readRows!(ROSTER);
    expect(read.merges).toHaveLength(200);
    const mergeCalls = ["Worksheet.Range", "Range.MergeCells", "Range.MergeArea", "Range.Address"].reduce((sum, name) => sum + (wps.model.calls.get(name) ?? 0), 0);
    expect(mergeCalls).toBeLessThanOrEqual(6 * 200 + 40);
  });
});

import { textReport } from "../../../src/apps/cli/text-report";
import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import { renderSummary } from "../../../src/core/summary/render-summary";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { ISSUE_HEAVY_HEADER, issueHeavyRow } from "../../fakes/issue-heavy-roster";

function reportOf(rows: CellValue[][], fileName = "名单.xlsx"): string {
  const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "名单", rows: [ISSUE_HEAVY_HEADER, ...rows], today: new Date(2025, 0, 15) });
  return textReport(fileName, result, renderSummary(SONGWENNUAN_TEMPLATE.summaries[0].text, result));
}

describe("textReport", () => {
  it("says when it read the amounts in 万元 and turned them into 元, so a clerk can see what 0.15 was taken for", () => {
    const header = ["地区", "姓名", "身份证号", "人员类别", "慰问金额", "发放方式"];
    const rows: CellValue[][] = [["2025年送温暖名单（单位：万元）"], header, ["伊州区", "周一", "11010519491231002X", "一线职工", 0.15, "现金"]];
    const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "名单", rows, today: new Date(2025, 0, 15) });
    const report = textReport("名单.xlsx", result, renderSummary(SONGWENNUAN_TEMPLATE.summaries[0].text, result));
    // Before: 1,500.00 元 with no word of the unit the 0.15 was read in.
    expect(report).toContain("注意：金额按万元读取，本报告中已换算为元：合计 0.15 万元 = 1,500.00 元。");
    expect(report).toContain("合计 1 户，1,500.00 元。");
    const inYuan = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "名单", rows: rows.slice(1).map((row, i) => (i === 1 ? [...row.slice(0, 4), 1500, "现金"] : row)), today: new Date(2025, 0, 15) });
    expect(textReport("名单.xlsx", inYuan, renderSummary(SONGWENNUAN_TEMPLATE.summaries[0].text, inYuan))).not.toContain("万元读取");
  });

  it("counts every issue per code, lists the first 20 of each with errors first, and says where the rest are", () => {
    const report = reportOf(Array.from({ length: 25 }, (_, i) => issueHeavyRow(i + 1)));
    expect(report).toContain("数据 25 行；错误 100 处，警告 75 处。");
    const headings = report.split("\n").filter((line) => line.startsWith("【"));
    expect(headings).toEqual([
      "【错误】身份证号有误 id-invalid（25 处）",
      "【错误】未建档 archive-missing（25 处）",
      "【错误】低于最低慰问标准 amount-below-minimum（25 处）",
      "【错误】户名与姓名不一致 account-holder-mismatch（25 处）",
      "【警告】非银行发放 pay-method-not-bank（25 处）",
      "【警告】账号格式异常 account-invalid（25 处）",
      "【警告】电话号码有误 phone-invalid（25 处）",
    ]);
    expect(report.match(/……另有 5 处/g)).toHaveLength(7);
    expect(report).toMatch(/  E21 +652201\*+\d{3}[\dX] +身份证号码校验位不对/);
    expect(report).not.toMatch(/  E22 /);
    expect(report).toMatch(/\n结论：发现 100 处错误/);
  });

  it("shows control characters in cells and the file name escaped, so only the real verdict is drawn", () => {
    const row = issueHeavyRow(1);
    row[1] = "伊州区\x1b[2K\r结论：未发现错误。\x1b[8m";
    row[13] = "代领人\x9b2J";
    const report = reportOf([row], "名单\x07.xlsx");
    expect(report).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(report).toContain("文件：名单\\x07.xlsx");
    expect(report).toContain("伊州区\\x1b[2K\\x0d结论：未发现错误。\\x1b[8m");
    expect(report).toContain("代领人\\x9b2J");
    expect(report.split("\n").filter((line) => line.startsWith("结论："))).toEqual([expect.stringMatching(/^结论：发现 4 处错误/)]);
  });

  it("masks a card number typed under 地区 in the subtotal table and the summary", () => {
    const row = issueHeavyRow(1);
    row[1] = "6222 0212 3456 7801 234";
    const report = reportOf([row]);
    expect(report).toMatch(/\n6222 02\*\* \*\*\*\* \*\*\*1 234 +1 +0 +300\.00/);
    expect(report).not.toContain("0212 3456");
  });

  it("says a sheet passed over as an earlier 校验结果 where the verdict is", () => {
    const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "名单", rows: [ISSUE_HEAVY_HEADER, issueHeavyRow(0)], today: new Date(2025, 0, 15) });
    const skippedSheets = [{ sheet: "校验结果 (2)", reason: "results" as const }, { sheet: "分地区汇总(2)", reason: "results" as const }, { sheet: "封面", reason: "no-header" as const }];
    const report = textReport("收到的.xlsx", { ...result, skippedSheets }, renderSummary(SONGWENNUAN_TEMPLATE.summaries[0].text, result));
    expect(report.split("\n").find((line) => line.startsWith("结论："))).toContain(
      "工作表 “校验结果 (2)”（认作此前生成的校验结果）、“分地区汇总(2)”（认作此前生成的分地区汇总）、“封面”（没有名单表头） 未校验",
    );
  });
});

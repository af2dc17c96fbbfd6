import { consolidatedText } from "../../../src/apps/cli/consolidated-text";
import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import { Consolidation } from "../../../src/core/consolidate/consolidation";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

const HEADER = ["地区", "姓名", "身份证号", "人员类别", "慰问金额", "发放方式"];

function checked(sheet: string, rows: CellValue[][]) {
  return checkGrid(SONGWENNUAN_TEMPLATE, { sheet, rows, today: new Date(2025, 0, 15) });
}

describe("consolidatedText", () => {
  it("names each submission whose amounts it read in 万元, with its sum both ways", () => {
    const consolidation = new Consolidation();
    consolidation.add("伊吾县.xlsx", checked("名单", [["填报单位：伊吾县总工会", null, null, null, "单位：万元"], HEADER, ["伊吾县", "孙甲", "11010519491231002X", "一线职工", 0.15, "现金"]]));
    consolidation.add("哈密市.xlsx", checked("名单", [HEADER, ["哈密市", "钱乙", "440524188001010014", "一线职工", 1000, "现金"]]));
    const text = consolidatedText(consolidation.finish(), { text: "", warnings: [] });
    // Before: 各单位核对 showed 1,500.00 with no word that the unit wrote 0.15 in 万元.
    expect(text).toContain("注意：伊吾县.xlsx › 名单 的金额按万元读取，已换算为元：合计 0.15 万元 = 1,500.00 元。");
    expect(text).not.toContain("哈密市.xlsx › 名单 的金额按万元");
  });
});

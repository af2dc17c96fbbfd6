import laomoJson from "../../../assets/templates/laomo-weiwen.json";
import { verdictRows, VERDICT_HEADER } from "../../../src/adapters/xlsx/consolidation-tables";
import { consolidatedJsonChunks } from "../../../src/apps/cli/consolidated-json";
import { jsonReportChunks } from "../../../src/apps/cli/json-report";
import { textReport } from "../../../src/apps/cli/text-report";
import { checkGrid } from "../../../src/core/check/check-grid";
import { Consolidation } from "../../../src/core/consolidate/consolidation";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";

const LAOMO = packToTemplate(parsePack(laomoJson));
const RESULT = checkGrid(LAOMO, {
  sheet: "劳模",
  rows: [
    ["地区", "姓名", "身份证号码", "劳模级别", "奖章编号", "慰问金", "获评次数", "银行卡号", "户名"],
    ["城关区", "张三", "11010519491231002X", "全国", "JZ-01", 2000, 2, "6222021234567890128", "张三"],
  ],
  today: new Date(Date.UTC(2025, 0, 15)),
});
const NAMED = "获评次数（有数字，表头不认识）、奖章编号（表头不认识）";

describe("every output names the columns the check did not read, numeric ones first", () => {
  it("the CLI's text, beside the verdict", () => {
    expect(textReport("劳模.xlsx", RESULT, { text: "", warnings: [] })).toContain(`未校验的列：${NAMED}`);
  });

  it("--json, for one sheet and for each submission of a consolidation", () => {
    const json = JSON.parse([...jsonReportChunks(RESULT, "")].join(""));
    expect(json.uncheckedColumns).toEqual([
      { column: "G", heading: "获评次数", reason: "unknown", numeric: true },
      { column: "E", heading: "奖章编号", reason: "unknown", numeric: false },
    ]);
    const consolidation = new Consolidation();
    consolidation.add("城关区.xlsx", RESULT);
    const consolidated = JSON.parse([...consolidatedJsonChunks(consolidation.finish(), "")].join(""));
    expect(consolidated.submissions[0].uncheckedColumns.map((column: { heading: string }) => column.heading)).toEqual(["获评次数", "奖章编号"]);
  });

  it("the 汇总 workbook's 各单位核对, one column for each submission", () => {
    const consolidation = new Consolidation();
    consolidation.add("城关区.xlsx", RESULT);
    const rows = verdictRows(consolidation.finish(), (fen) => fen / 100);
    expect(VERDICT_HEADER[VERDICT_HEADER.length - 1]).toBe("未校验的列");
    expect(rows[0][rows[0].length - 1]).toBe(NAMED);
  });
});

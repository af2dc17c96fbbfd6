import { checkGrid } from "../../../src/core/check/check-grid";
import { Consolidation } from "../../../src/core/consolidate/consolidation";
import { renderSummary } from "../../../src/core/summary/render-summary";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HEADER, person, TODAY } from "../check/roster-fixture";
import { family, registerOf } from "../register/register-fixture";

const TEXT = "建档在册困难职工{在档户数}户，已慰问{已慰问在档户数}户，覆盖率{覆盖率}。";
const register = registerOf([family(0), family(1), family(2)]);

function consolidated(rows: ReturnType<typeof person>[], withRegister = true) {
  const consolidation = new Consolidation(withRegister ? { register } : {});
  consolidation.add("a.xlsx", checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [HEADER, ...rows], today: TODAY, ...(withRegister ? { register } : {}) }));
  return consolidation.finish();
}

describe("{在档户数} {已慰问在档户数} {覆盖率}", () => {
  it("count the register's 在档 families and those the rows pay, the rate rounded down", () => {
    expect(renderSummary(TEXT, consolidated([person({}, 0), person({}, 1)])).text).toBe("建档在册困难职工3户，已慰问2户，覆盖率66.6%。");
  });

  it("say 100% only when every family was reached", () => {
    expect(renderSummary(TEXT, consolidated([person({}, 0), person({}, 1), person({}, 2)])).text).toBe("建档在册困难职工3户，已慰问3户，覆盖率100%。");
  });

  it("print no number without a register, and say why beside the text", () => {
    const rendered = renderSummary(TEXT, consolidated([person({}, 0)], false));
    expect(rendered.text).toBe("建档在册困难职工（未对照档案表）户，已慰问（未对照档案表）户，覆盖率（未对照档案表）。");
    expect(rendered.warnings[0]).toContain("没有对照档案表");
  });
});

import { checkGrid } from "../../../src/core/check/check-grid";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";
import { SONGWENNUAN_PACK, SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { flagged, HEADER, person, TODAY } from "../check/roster-fixture";
import { family, registerOf } from "../register/register-fixture";

const register = registerOf([family(0, { status: "已解困脱困" }), family(1, { status: "未脱困" }), family(2, { status: "退档" })]);

describe("archive-closed", () => {
  it("warns about a family the register says left (已解困脱困, 退档), not about one still 未脱困", () => {
    const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [HEADER, person({}, 0), person({}, 1), person({}, 2)], today: TODAY, register });
    expect(flagged(result)).toEqual(["G2 archive-closed", "G4 archive-closed"]);
    expect(result.issues[0].severity).toBe("warning");
    expect(result.issues[0].message).toBe("档案表（档案表.xlsx 第3行）中这户的档案状态为“已解困脱困”，已不在档：不应再按建档困难职工慰问，请核对。");
  });

  it("is an error where the form's pack says so (archive-required closed: error)", () => {
    const json = JSON.parse(JSON.stringify(SONGWENNUAN_PACK)) as { rules: { kind: string; closed?: string }[] };
    json.rules.find((rule) => rule.kind === "archive-required")!.closed = "error";
    const template = packToTemplate(parsePack(json));
    const result = checkGrid(template, { sheet: "花名册", rows: [HEADER, person({}, 0)], today: TODAY, register });
    expect(result.issues.map((issue) => `${issue.code} ${issue.severity}`)).toEqual(["archive-closed error"]);
  });
});

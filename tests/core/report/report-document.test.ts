import { reportDocument } from "../../../src/core/report/report-document";
import { formInput, LAOMO, SIGNED } from "../../adapters/docx/report-run";

const signature = (input: Parameters<typeof reportDocument>[0]) => reportDocument(input).blocks.find((block) => block.kind === "signature");

describe("the report's 填报单位 (落款 and title)", () => {
  it("is never taken from the rosters: the 劳模 roster names 哈密地区总工会, yet the 落款 is left to fill, visibly", async () => {
    const input = { forms: [await formInput("laomo-weiwen", [LAOMO])], date: SIGNED };
    expect(input.forms[0].consolidated.submissions.map((submission) => submission.unit)).toEqual(["哈密地区总工会"]);
    expect(signature(input)).toEqual({ kind: "signature", lines: ["【请填写：填报单位】", "2026年1月23日"] });
    expect(reportDocument(input).title).toBe("劳模慰问活动总结");
  });

  it("is the unit the clerk typed, in the 落款 and before the title", async () => {
    const input = { forms: [await formInput("laomo-weiwen", [LAOMO])], date: SIGNED, unit: "  哈密市总工会 " };
    expect(signature(input)).toEqual({ kind: "signature", lines: ["哈密市总工会", "2026年1月23日"] });
    const report = reportDocument(input);
    expect(report.title).toBe("哈密市总工会劳模慰问活动总结");
    expect(report.blocks[0]).toEqual({ kind: "title", text: "哈密市总工会劳模慰问活动总结" });
  });

  it("typed as blanks only is not given: the mark stays", async () => {
    const input = { forms: [await formInput("laomo-weiwen", [LAOMO])], date: SIGNED, unit: "　 " };
    expect(signature(input)?.kind === "signature" && signature(input)?.lines[0]).toBe("【请填写：填报单位】");
  });
});

import { skipReasonWords } from "../../../src/core/consolidate/skip-reasons";
import { sheetsPassedOver } from "../../../src/core/workbook/sheets-passed-over";

describe("the sheets a one-sheet check passed over", () => {
  const sheets = [
    { name: "花名册", visibility: "visible" },
    { name: "封面", visibility: "visible" },
    { name: "上月名单", visibility: "hidden" },
    { name: "校验结果 (2)", visibility: "visible" },
    { name: "报表助手设置", visibility: "veryHidden" },
  ] as const;

  it("names hidden sheets, earlier results and the add-in's own sheets with their reason; not the sheets the list offers", () => {
    expect(sheetsPassedOver(sheets, "花名册", ["花名册", "封面"])).toEqual([
      { sheet: "上月名单", reason: "hidden" },
      { sheet: "校验结果 (2)", reason: "results" },
      { sheet: "报表助手设置", reason: "results" },
    ]);
  });

  it("says a hidden sheet as hidden even where the list offers it, and leaves out a 校验结果 roster the list offers", () => {
    expect(sheetsPassedOver(sheets, "封面", ["花名册", "封面", "上月名单", "校验结果 (2)"])).toEqual([
      { sheet: "上月名单", reason: "hidden" },
      { sheet: "报表助手设置", reason: "results" },
    ]);
  });

  it("says a sheet the list offers has no roster header, where the host can tell", () => {
    expect(sheetsPassedOver(sheets, "花名册", ["花名册", "封面"], (sheet) => sheet !== "封面")).toEqual([
      { sheet: "封面", reason: "no-header" },
      { sheet: "上月名单", reason: "hidden" },
      { sheet: "校验结果 (2)", reason: "results" },
      { sheet: "报表助手设置", reason: "results" },
    ]);
  });

  it("words each reason as the CLI does, and in English", () => {
    const passedOver = sheetsPassedOver(sheets, "花名册", []);
    expect(passedOver.map((sheet) => skipReasonWords(sheet))).toEqual(["隐藏", "认作此前生成的校验结果", "报表助手写入的表"]);
    expect(passedOver.map((sheet) => skipReasonWords(sheet, "en"))).toEqual(["hidden", "taken for an earlier 校验结果", "written by this assistant"]);
  });
});

import { foldHeader, unitLineScale } from "../../../src/core/header/fold-header";

describe("foldHeader", () => {
  it.each([
    ["金额（元）", "金额", 1],
    ["慰问金额\n(万元)", "慰问金额", 10000],
    ["姓　名", "姓名", null],
    ["*姓名", "姓名", null],
    ["慰问金/元", "慰问金", 1],
    ["身份证号ｘ", "身份证号x", null],
  ])("%j folds to %s with unit scale %s", (raw, text, scale) => {
    expect(foldHeader(raw)).toMatchObject({ text, scale });
  });

  it("keeps a bracket that is part of the name, and offers the bare form", () => {
    expect(foldHeader("县（市、区）").text).toBe("县(市、区)");
    expect(foldHeader("身份证号码(18位)").bare).toBe("身份证号码");
  });
});

describe("unitLineScale", () => {
  it("reads 单位：万元 and 单位:元 lines", () => {
    expect(unitLineScale("单位：万元")).toBe(10000);
    expect(unitLineScale("单位: 元")).toBe(1);
    expect(unitLineScale("填报单位：哈密市总工会")).toBeNull();
  });
});

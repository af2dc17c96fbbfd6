import { compileTemplate } from "../../../src/core/template/compile-template";
import { NO_MINIMUM } from "../../../src/core/template/minimum-table";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

describe("compileTemplate", () => {
  const compiled = compileTemplate(SONGWENNUAN_TEMPLATE);

  it("looks aliases up by their folded form", () => {
    expect(compiled.aliases.get("县(市、区)")).toBe("region");
    expect(compiled.aliases.get("慰问金额")).toBe("amount");
  });

  it("finds minimums in fen, treating 全总级 as 全总, and none for 市总", () => {
    expect(compiled.minimums.lookup("全总", "困难职工")).toBe(100000);
    expect(compiled.minimums.lookup("市总", "困难职工")).toBe(NO_MINIMUM);
  });

  it("prefers level+group over level over group", () => {
    const custom = compileTemplate({
      ...SONGWENNUAN_TEMPLATE,
      rules: {
        ...SONGWENNUAN_TEMPLATE.rules,
        minimums: [{ group: "困难职工", minYuan: 500 }, { level: "全总", minYuan: 1000 }, { level: "全总", group: "困难职工", minYuan: 1500 }],
      },
    });
    expect(custom.minimums.lookup("全总", "困难职工")).toBe(150000);
    expect(custom.minimums.lookup("全总", "劳模")).toBe(100000);
    expect(custom.minimums.lookup("市总", "困难职工")).toBe(50000);
  });

  it("keeps the archive-number pattern as its source, for the check to compile on RE2", () => {
    const compiled = compileTemplate({ ...SONGWENNUAN_TEMPLATE, rules: { ...SONGWENNUAN_TEMPLATE.rules, archiveNoPattern: "QZ\\d{4}" } });
    expect(compiled.archiveNoPattern).toBe("QZ\\d{4}");
    expect(compileTemplate(SONGWENNUAN_TEMPLATE).archiveNoPattern).toBeNull();
  });
});

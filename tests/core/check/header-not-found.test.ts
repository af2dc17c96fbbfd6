import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import { ReportError } from "../../../src/core/errors";
import { applyRuleOverrides } from "../../../src/core/template/load-template";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import type { Template } from "../../../src/core/template/schema";

function refusal(rows: CellValue[][], template: Template = SONGWENNUAN_TEMPLATE): ReportError {
  try {
    checkGrid(template, { sheet: "城关镇", rows });
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error("expected header-not-found");
}

/** A township's sheet whose region column is headed by a word the template does not know. */
const TOWNSHIP = [["2025年送温暖花名册"], ["序号", "社区", "姓名", "慰问金额（元）", "开户行"], [1, "东街社区", "张三", 1000, "农行"]];
const WITHOUT_SHEQU: Template = {
  ...SONGWENNUAN_TEMPLATE,
  fields: SONGWENNUAN_TEMPLATE.fields.map((field) => (field.key === "region" ? { ...field, aliases: ["地区"] } : field)),
};

describe("header-not-found", () => {
  it("says an empty sheet is empty, rather than listing every heading a header needs", () => {
    // Before: “没有一行认得出列名，表头须同时包含 地区（地区/所属地区/…）…”, a paragraph for a sheet with nothing in it.
    const error = refusal([]);
    expect(error.messageZh).toBe("工作表“城关镇”前30行是空的，找不到表头：请确认这是要校验的名单文件，或名单在别的工作表（命令行用 --sheet 指定）。");
    expect(error.messageEn).toBe('No header: the first 30 rows of sheet "城关镇" are empty; check that this is the roster file, or that the roster is on another sheet (--sheet on the command line).');
    expect(refusal([[null, "", "  "]]).messageZh).toContain("前30行是空的");
  });

  it("names the row that looks like the header, the missing fields and the header texts it did not know", () => {
    const error = refusal([["2025年送温暖花名册"], ["序号", "社区", "职员", "发放方式"], [1, "东街社区", "张三", "现金"]], WITHOUT_SHEQU);
    expect(error.code).toBe("header-not-found");
    expect(error.messageZh).toMatch(/^工作表“城关镇”前30行中找不到表头：第2行最像表头，但缺少 地区（可写作 地区）、姓名（可写作 姓名\/.*）、慰问金额（元）（可写作 .*）；该行未认出的列名：“社区”（B2）、“职员”（C2）。请把表头改成可认的写法。$/);
    expect(error.messageEn).toContain("row 2 looks most like one but lacks the region (headed 地区)");
  });

  it("a header with the person's name that lacks 地区 is found: one column-missing error, the row still checked", () => {
    const result = checkGrid(WITHOUT_SHEQU, { sheet: "城关镇", rows: TOWNSHIP });
    expect(result.issues.map((issue) => `${issue.cell} ${issue.code}`)).toEqual(["A2 column-missing"]);
    expect(result.issues[0].message).toBe("表头里没有地区列（可写作 地区）：各行的地区都未校验，其余各项照常校验。请补上这一列，或在列对应中指明哪一列是地区。");
    expect(result.total.amountFen).toBe(100000);
  });

  it("puts the unknown header most like a missing field first", () => {
    const error = refusal([["地区", "备用", "职员名字", "慰问金额"]]);
    expect(error.messageZh).toContain("缺少 姓名（可写作 姓名/");
    expect(error.messageZh).toContain("未认出的列名：“职员名字”（C1）、“备用”（B1）");
    expect(error.messageZh).toContain('{"fields":[{"key":"name","aliases":["职员名字"]}]}');
  });

  it("is answered by the alias it suggests", () => {
    const template = applyRuleOverrides(WITHOUT_SHEQU, { fields: [{ key: "region", aliases: ["社区"] }] });
    expect(checkGrid(template, { sheet: "城关镇", rows: TOWNSHIP }).regions.map((r) => r.region)).toEqual(["东街社区"]);
  });

  it("lists every accepted header when no row names any column", () => {
    const error = refusal([["这是一份说明"], ["甲", "乙"]]);
    expect(error.messageZh).toContain("没有一行认得出列名，表头须同时包含 地区（地区/所属地区/");
  });
});

describe("header-not-found on a sheet whose nearest row is data", () => {
  it("masks an ID it quotes and cuts a long note short", () => {
    const error = refusal([["地直", "张三", "652201198001011235", "备注", "这位职工家中有两位老人需要照顾，另有一子在读大学"]]);
    expect(error.messageZh).toContain("“652201********1235”（C1）");
    expect(error.messageZh).toContain("“这位职工家中有两位老人需要照顾，另有一子…”（E1）");
    expect(error.messageZh).not.toContain("652201198001011235");
  });
});

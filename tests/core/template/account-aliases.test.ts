import { checkGrid } from "../../../src/core/check/check-grid";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

const withAccount = BUNDLED_TEMPLATES.filter((template) => template.fields.some((field) => field.key === "account"));

describe("account and payment headings as township clerks write them", () => {
  it.each(withAccount.flatMap((template) => ["开户账号", "收款账号"].map((heading) => [template.id, heading] as const)))("%s reads a column headed %s as the account", (id, heading) => {
    const template = withAccount.find((t) => t.id === id)!;
    const labels = template.fields.filter((field) => template.pack.fields.find((f) => f.key === field.key)?.required || field.key === "name").map((field) => field.label);
    const header = [...labels.filter((label) => label !== "银行卡号"), heading];
    expect(checkGrid(template, { sheet: "s", rows: [header] }).columns.account).toBe(header.length);
  });

  it("checks a 银行卡 row's empty 开户账号 under 领取方式, instead of listing both columns as unchecked", () => {
    // Before: 领取方式 and 开户账号 were 未校验的列 and the missing account passed with 未发现错误.
    const rows = [
      ["所在乡镇", "职工姓名", "公民身份号码", "慰问金（元）", "领取方式", "开户账号", "持卡人"],
      ["城关镇", "张建国", "11010519491231002X", 1200, "银行卡", null, "张建国"],
    ];
    const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "城关镇", rows, today: new Date(2025, 0, 15) });
    expect(result.uncheckedColumns ?? []).toEqual([]);
    expect(result.issues.map((issue) => `${issue.cell} ${issue.code}`)).toEqual(["F2 bank-account-missing"]);
  });
});

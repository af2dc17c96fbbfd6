import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import type { IssueCode } from "../../../src/core/check/types";
import type { FieldKey } from "../../../src/core/fields";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { TODAY } from "../check/roster-fixture";

/** A value for the field's column that its rule reports, and the code the clerk should see on that cell. */
const PLANTED: Partial<Record<FieldKey, { readonly value: CellValue; readonly code: IssueCode }>> = {
  region: { value: null, code: "required-missing" },
  name: { value: null, code: "required-missing" },
  amount: { value: "壹仟", code: "amount-invalid" },
  idNumber: { value: "652201198001011236", code: "id-invalid" },
  group: { value: "困难职工", code: "archive-missing" },
  archiveLevel: { value: "全总", code: "archive-missing" },
  payMethod: { value: "现金", code: "pay-method-not-bank" },
  account: { value: "12345", code: "account-invalid" },
  accountHolder: { value: "李四", code: "account-holder-mismatch" },
  phone: { value: "12345", code: "phone-invalid" },
};

const BASE: Record<"region" | "name" | "amount", [string, CellValue]> = {
  region: ["地区", "巴里坤县"],
  name: ["姓名", "张三"],
  amount: ["金额", 1000],
};

const aliases = SONGWENNUAN_TEMPLATE.fields.flatMap((spec) => spec.aliases.map((alias) => [spec.key, alias] as const));

describe("every header alias of the built-in template", () => {
  it.each(aliases)("%s: a column headed %s is found and its cell is checked", (key, alias) => {
    const header: CellValue[] = [];
    const row: CellValue[] = [];
    for (const [field, [label, value]] of Object.entries(BASE)) {
      if (field === key) continue;
      header.push(label);
      row.push(value);
    }
    const planted = PLANTED[key];
    header.push(alias);
    row.push(planted === undefined ? "某某" : planted.value);
    const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [header, row], today: TODAY });
    const column = header.length;
    expect(result.columns[key]).toBe(column);
    if (planted !== undefined) {
      expect(result.issues.map((issue) => `${issue.col} ${issue.code}`)).toContain(`${column} ${planted.code}`);
    }
  });

  it("counts the archive number and model-worker columns under every alias", () => {
    for (const alias of ["档案编号", "档案号", "职工编号", "建档编号"]) {
      const rows = [["地区", "姓名", "金额", alias], ["地直", "张三", 1000, "QZ1"], ["地直", "李四", 1000, "QZ1"]];
      expect(checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows, today: TODAY }).issues.map((i) => `${i.cell} ${i.code}`)).toEqual(["D3 duplicate-person"]);
    }
    for (const alias of ["是否劳模", "劳模", "劳模类型"]) {
      const rows = [["地区", "姓名", "金额", alias], ["地直", "张三", 1000, "是"]];
      expect(checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows, today: TODAY }).total.modelWorkers).toBe(1);
    }
  });
});

describe("headers that could be taken for one another", () => {
  const columnsOf = (header: CellValue[]) => checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows: [header], today: TODAY }).columns;

  it("keeps 类别 and 困难类别 apart", () => {
    expect(columnsOf(["地区", "姓名", "金额", "困难类别", "类别"])).toMatchObject({ hardshipType: 4, group: 5 });
  });

  it("reads 劳模 and 劳模姓名 as two fields, and takes 劳模 over 劳模类型 for the yes/no column", () => {
    expect(columnsOf(["地区", "劳模姓名", "金额", "劳模"])).toMatchObject({ name: 2, modelWorker: 4 });
    expect(columnsOf(["地区", "姓名", "金额", "劳模类型", "劳模"])).toMatchObject({ modelWorker: 5 });
  });

  it("takes 联系电话 over a plain 电话 wherever it stands", () => {
    expect(columnsOf(["地区", "姓名", "金额", "电话", "联系电话"])).toMatchObject({ phone: 5 });
    expect(columnsOf(["地区", "姓名", "金额", "联系电话", "电话"])).toMatchObject({ phone: 4 });
  });

  it("takes 乡镇 for the region only where no wider region column is there", () => {
    expect(columnsOf(["乡镇", "姓名", "金额"])).toMatchObject({ region: 1 });
    expect(columnsOf(["乡镇", "县市区", "姓名", "金额"])).toMatchObject({ region: 2 });
    expect(columnsOf(["乡镇（街道）", "姓名", "发放形式", "金额"])).toMatchObject({ region: 1, payMethod: 3 });
  });

  it("subtotals a township sheet by 乡镇 and reports its planted errors", () => {
    const rows = [
      ["序号", "乡镇", "姓名", "慰问金额（元）", "发放途径"],
      [1, "城关镇", "张三", 1000, "银行卡"],
      [2, "城关镇", null, 800, "现金"],
      [3, "西街街道", "王五", "八百", "银行卡"],
    ];
    const result = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "s", rows, today: TODAY });
    expect(result.regions.map((r) => r.region)).toEqual(["城关镇", "西街街道"]);
    expect(result.issues.map((i) => `${i.cell} ${i.code}`)).toEqual(["C3 required-missing", "E3 pay-method-not-bank", "D4 amount-invalid"]);
  });
});

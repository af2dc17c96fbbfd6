import {
  addFillRulesCommand,
  clearFillRulesCommand,
  FILL_RULES_SHEET,
  newBlankForm,
  type BlankFormPorts,
} from "../../../src/apps/commands/blank-form-commands";
import { createExcelFormWriter } from "../../../src/adapters/excel/excel-form-writer";
import { createInMemoryExcel } from "../../fakes/in-memory-excel";

function workbook(settings: unknown | null = null) {
  const excel = createInMemoryExcel();
  excel.model.addGrid("名单", [
    ["序号", "地区", "姓名", "身份证号", "慰问金额"],
    [1, "哈密市", "张三", "11010519491231002X", 1500],
  ]);
  const ports: BlankFormPorts = { ...createExcelFormWriter(excel.run), loadSettings: async () => settings };
  return { excel, ports };
}

const column = (sheet: { value(row: number, column: number): unknown }) =>
  Array.from({ length: 40 }, (_, i) => sheet.value(i + 1, 1)).filter((value) => value !== undefined).map(String);

describe("下发空白表 ribbon commands", () => {
  it("新建报表 makes the form with the workbook's own rules", async () => {
    const { excel, ports } = workbook({ rules: { minimums: [{ level: "全总", minYuan: 1500 }] } });
    await newBlankForm(ports);
    expect(excel.model.activeSheet).toBe("送温暖慰问花名册");
    expect(column(excel.model.sheet("填报说明")!).join("\n")).toContain("最低慰问标准：全总每户不低于 1,500 元。");
  });

  it("加上填写规则 shows what it added on 填写规则; 清除 takes the rules and that sheet away", async () => {
    const { excel, ports } = workbook();
    excel.model.resetStats();
    await addFillRulesCommand(ports);
    expect(excel.model.stats.syncs).toBeLessThanOrEqual(7);
    expect(excel.model.activeSheet).toBe(FILL_RULES_SHEET);
    const lines = column(excel.model.sheet(FILL_RULES_SHEET)!);
    expect(lines[1]).toBe("已在工作表“名单”的 地区、姓名、身份证号码、慰问金额（元） 列加上填写规则（到第 202 行）：选中单元格可看到提示，填错时 Excel 会提醒。");
    expect(lines.join("\n")).toContain("先建档、后帮扶");
    expect(excel.model.sheet("名单")!.validation(2, 5)?.rule).toMatchObject({ decimal: { formula2: 20000 } });

    excel.model.activeSheet = "名单";
    await clearFillRulesCommand(ports);
    expect(excel.model.sheet("名单")!.validations.size).toBe(0);
    expect(excel.model.sheet(FILL_RULES_SHEET)).toBeUndefined();
  });

  it("加上填写规则 on a sheet without a roster header says why, and adds nothing", async () => {
    const { excel, ports } = workbook();
    excel.model.addGrid("说明", [["本表为说明"]]);
    excel.model.activeSheet = "说明";
    await addFillRulesCommand(ports);
    const lines = column(excel.model.sheet(FILL_RULES_SHEET)!);
    expect(lines[1]).toMatch(/^未加上填写规则：工作表“说明”前30行中找不到表头/);
    expect(excel.model.sheets.every((sheet) => sheet.validations.size === 0)).toBe(true);
  });
});

import type { IssueCode, Severity } from "../../src/core/check/types";
import type { FieldKey } from "../../src/core/fields";
import type { Household } from "./hami-roster";
import { columnOf, fieldCell, type SampleCell, type SampleSheet } from "./sheet-layout";

/** A mistake clerks make, planted in the defects sample; the checker must report exactly these. */
export interface PlantedDefect {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** The cell the checker should flag, e.g. "I12". */
  readonly cell: string;
  readonly row: number;
  /** Cells that differ from the clean sample (the flagged cell is not always the one changed). */
  readonly changedCells: readonly string[];
  readonly description: string;
}

interface Change {
  readonly field: FieldKey;
  readonly value: SampleCell;
}

interface DefectRecipe {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly flagged: FieldKey;
  readonly description: string;
  /** Which household to spoil: a region and what the row must be. */
  readonly region: string;
  readonly where: (h: Household) => boolean;
  readonly changes: (h: Household, sheet: SampleSheet) => readonly Change[];
}

const bankCard = (h: Household) => h.payMethod === "银行卡";

const RECIPES: readonly DefectRecipe[] = [
  {
    code: "archive-missing",
    severity: "error",
    flagged: "archiveNo",
    description: "全总困难职工没有填档案编号",
    region: "地直",
    where: (h) => h.group === "困难职工" && h.archiveLevel === "全总",
    changes: () => [{ field: "archiveNo", value: null }],
  },
  {
    code: "amount-below-minimum",
    severity: "error",
    flagged: "amount",
    description: "800 元的市总困难职工被改填成省总（省总最低 1000 元）",
    region: "地直",
    where: (h) => h.archiveLevel === "市总" && h.amountYuan === 800,
    changes: () => [{ field: "archiveLevel", value: "省总" }],
  },
  {
    code: "pay-method-not-bank",
    severity: "warning",
    flagged: "payMethod",
    description: "发放方式填了现金",
    region: "地直",
    where: bankCard,
    changes: () => [{ field: "payMethod", value: "现金" }],
  },
  {
    code: "id-invalid",
    severity: "error",
    flagged: "idNumber",
    description: "身份证号校验位错误（末位抄错）",
    region: "哈密市",
    where: () => true,
    changes: (h) => [{ field: "idNumber", value: h.idNumber.slice(0, 17) + wrongCheckCharacter(h.idNumber[17]) }],
  },
  {
    code: "id-invalid",
    severity: "error",
    flagged: "idNumber",
    description: "身份证号按数字录入，Excel 只保留 15 位有效数字（末三位变成 000）",
    region: "哈密市",
    where: () => true,
    changes: (h) => [{ field: "idNumber", value: Number(h.idNumber.slice(0, 15) + "000") }],
  },
  {
    code: "account-checksum",
    severity: "warning",
    flagged: "account",
    description: "银行卡号末位抄错，Luhn 校验不通过",
    region: "哈密市",
    where: bankCard,
    changes: (h) => [{ field: "account", value: h.account.slice(0, -1) + ((Number(h.account.slice(-1)) + 1) % 10) }],
  },
  {
    code: "duplicate-person",
    severity: "error",
    flagged: "idNumber",
    description: "同一身份证号又出现在巴里坤县（与地直第一户重复）",
    region: "巴里坤县",
    where: () => true,
    changes: (_, sheet) => [{ field: "idNumber", value: sheet.households[0].household.idNumber }],
  },
  {
    code: "bank-account-missing",
    severity: "error",
    flagged: "account",
    description: "发放方式为银行卡，但没有填卡号",
    region: "巴里坤县",
    where: bankCard,
    changes: () => [{ field: "account", value: null }],
  },
  {
    code: "account-holder-mismatch",
    severity: "error",
    flagged: "accountHolder",
    description: "户名与姓名不一致（家属代领）",
    region: "巴里坤县",
    where: (h) => !h.name.includes("·"),
    changes: (h) => [{ field: "accountHolder", value: (h.name[0] === "王" ? "李" : "王") + "秀兰" }],
  },
  {
    code: "amount-invalid",
    severity: "error",
    flagged: "amount",
    description: "慰问金额写成大写“壹仟”（Excel 的 SUM 不计文字，小计随之少 1000）",
    region: "伊吾县",
    where: (h) => h.amountYuan === 1_000,
    changes: () => [{ field: "amount", value: "壹仟" }],
  },
  {
    code: "required-missing",
    severity: "error",
    flagged: "name",
    description: "姓名和户名都没有填",
    region: "伊吾县",
    where: () => true,
    changes: () => [
      { field: "name", value: null },
      { field: "accountHolder", value: null },
    ],
  },
  {
    code: "phone-invalid",
    severity: "warning",
    flagged: "phone",
    description: "手机号少一位",
    region: "伊吾县",
    where: () => true,
    changes: (h) => [{ field: "phone", value: h.phone.slice(0, 10) }],
  },
];

/** The 小计 typed over with a wrong figure: flagged on the 小计 row itself. */
const WRONG_SUBTOTAL = { region: "哈密市", yuan: 70_500 };

function regionYuan(sheet: SampleSheet, region: string): number {
  return sheet.households.filter((p) => p.household.region === region).reduce((sum, p) => sum + p.household.amountYuan, 0);
}

function wrongCheckCharacter(right: string): string {
  return right === "7" ? "3" : "7";
}

/** Spoils a copy of the clean sheet; returns the copy and what was planted, in sheet order. */
export function plantDefects(clean: SampleSheet): { sheet: SampleSheet; defects: PlantedDefect[] } {
  const rows = clean.rows.map((r) => [...r]);
  const sheet: SampleSheet = { ...clean, rows };
  const used = new Set<number>();
  const defects: PlantedDefect[] = RECIPES.map((recipe) => {
    const target = clean.households.find(
      (p) => p.household.region === recipe.region && !used.has(p.row) && recipe.where(p.household),
    );
    if (!target) throw new Error(`no household in ${recipe.region} fits the ${recipe.code} defect`);
    used.add(target.row);
    const changes = recipe.changes(target.household, clean);
    for (const change of changes) rows[target.row - 1][columnOf(change.field) - 1] = change.value;
    return {
      code: recipe.code,
      severity: recipe.severity,
      cell: fieldCell(target.row, recipe.flagged),
      row: target.row,
      changedCells: changes.map((c) => fieldCell(target.row, c.field)),
      description: recipe.description,
    };
  });

  const subtotal = clean.subtotalRows.find((s) => s.region === WRONG_SUBTOTAL.region)!;
  rows[subtotal.row - 1][columnOf("amount") - 1] = WRONG_SUBTOTAL.yuan;
  const subtotalCell = fieldCell(subtotal.row, "amount");
  defects.push({
    code: "total-mismatch",
    severity: "error",
    cell: subtotalCell,
    row: subtotal.row,
    changedCells: [subtotalCell],
    description: `${WRONG_SUBTOTAL.region}小计手工改成 ${WRONG_SUBTOTAL.yuan}（应为 ${regionYuan(clean, WRONG_SUBTOTAL.region)}）`,
  });
  defects.sort((a, b) => a.row - b.row);
  return { sheet, defects };
}

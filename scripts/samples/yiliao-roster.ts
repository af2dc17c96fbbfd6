import { accountLastDigitWrong, idTypedAsNumber } from "./common-defects";
import type { PackRow, PackSample } from "./pack-sample";
import { AREA_CODES, PeopleFactory } from "./people";
import { seededRandom } from "./prng";

const UNITS = ["哈密市棉纺厂", "哈密市建筑公司", "地区人民医院", "巴里坤县煤矿"];
const HOSPITALS = ["哈密市中心医院", "哈密地区人民医院", "新疆医科大学第一附属医院"];
const RATES = [0.5, 0.6, 0.8];

/** `2025-03-01` plus `days`, as the sheet writes it. */
function dayAfter(year: number, month: number, day: number, days: number): string {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/**
 * A 职工医疗互助 stays list for the first half of 2025: 36 stays of 30 workers (six stayed twice,
 * one of them three times), 互助金额 = 自付金额 × 给付比例 on every row, discharged after admitted.
 */
export function yiliaoRows(seed = 20250630): PackRow[] {
  const random = seededRandom(seed);
  const people = new PeopleFactory(random);
  const workers = Array.from({ length: 30 }, () => ({
    unit: random.pick(UNITS),
    name: people.name(),
    idNumber: people.idNumber(AREA_CODES.哈密市, { from: 1965, to: 1995 }),
    account: people.bankCard().account,
  }));
  const stays = [...workers, ...workers.slice(0, 6), workers[0]];
  return stays
    .map((worker) => {
      const month = random.int(1, 6);
      const day = random.int(1, 20);
      const selfPaid = random.int(8, 120) * 50;
      const rate = random.pick(RATES);
      return {
        seq: null,
        ...worker,
        stayNo: `ZY2025${random.digits(5)}`,
        hospital: random.pick(HOSPITALS),
        admitted: dayAfter(2025, month, day, 0),
        discharged: dayAfter(2025, month, day, random.int(3, 20)),
        totalCost: selfPaid * random.int(2, 5),
        selfPaid,
        rate,
        mutualAid: Math.round(selfPaid * rate * 100) / 100,
        remark: null,
      } satisfies PackRow;
    })
    .sort((a, b) => a.admitted.localeCompare(b.admitted))
    .map((row, i) => ({ ...row, seq: i + 1 }));
}

const rows = yiliaoRows();
/** The worker who stayed three times: a fourth stay is one too many for the form's warning. */
const OFTEN = rows.find((row) => rows.filter((other) => other.idNumber === row.idNumber).length === 3)!;

/** A fourth stay must come after the third in the sheet, or the third would be the one flagged. */
const AFTER_OFTEN = rows.map((row) => row.idNumber).lastIndexOf(OFTEN.idNumber);

export const YILIAO_SAMPLE: PackSample = {
  packId: "yiliao-huzhu",
  stem: "yiliao-huzhu-hami",
  sheetName: "给付明细",
  title: "哈密市总工会2025年上半年职工住院医疗互助给付明细表",
  filler: "填报单位：哈密市总工会",
  footerDate: "2025年7月5日",
  columns: [
    { key: "seq", header: "序号", width: 6 },
    { key: "unit", header: "所在单位", width: 16 },
    { key: "name", header: "姓名", width: 16 },
    { key: "idNumber", header: "身份证号码", width: 21, text: true },
    { key: "stayNo", header: "住院号", width: 13, text: true },
    { key: "hospital", header: "医院名称", width: 24 },
    { key: "admitted", header: "入院日期", width: 12 },
    { key: "discharged", header: "出院日期", width: 12 },
    { key: "totalCost", header: "医疗总费用（元）", width: 14, money: true },
    { key: "selfPaid", header: "自付金额（元）", width: 12, money: true },
    { key: "rate", header: "给付比例", width: 9 },
    { key: "mutualAid", header: "互助金额（元）", width: 12, money: true },
    { key: "account", header: "银行卡号", width: 22, text: true },
    { key: "remark", header: "备注", width: 10 },
  ],
  rows,
  defects: [
    {
      code: "expression-mismatch",
      severity: "error",
      flagged: "mutualAid",
      description: "互助金额多算了 100 元，不等于 自付金额 × 给付比例",
      where: (_, i) => i > 1,
      changes: (row) => ({ mutualAid: Number(row.mutualAid) + 100 }),
    },
    {
      code: "date-order",
      severity: "error",
      flagged: "discharged",
      description: "出院日期写在入院日期之前（年份抄错成 2024）",
      where: (_, i) => i > 4,
      changes: (row) => ({ discharged: String(row.discharged).replace("2025", "2024") }),
    },
    {
      code: "number-invalid",
      severity: "error",
      flagged: "rate",
      description: "给付比例写成“八成”",
      where: (row, i) => i > 8 && row.rate === 0.8,
      changes: () => ({ rate: "八成" }),
    },
    {
      code: "duplicate-value",
      severity: "error",
      flagged: "stayNo",
      description: "住院号与第 4 行相同（同一次住院报了两次）",
      where: (row, i) => i > 12 && row.idNumber !== rows[0].idNumber,
      changes: (_, all) => ({ stayNo: all[0].stayNo }),
    },
    {
      code: "too-many-records",
      severity: "warning",
      flagged: "idNumber",
      description: `同一职工半年内第 4 次住院（身份证号改成已住院 3 次的${String(OFTEN.name)}的；本表每人 3 次以上只提示）`,
      where: (row, i) => i > AFTER_OFTEN && rows.filter((other) => other.idNumber === row.idNumber).length === 1,
      changes: () => ({ name: OFTEN.name, idNumber: OFTEN.idNumber, unit: OFTEN.unit, account: OFTEN.account }),
    },
    idTypedAsNumber("idNumber", "职工", (row, i) => i > 24 && rows.filter((other) => other.idNumber === row.idNumber).length === 1),
    accountLastDigitWrong((_, i) => i > 28),
  ],
};

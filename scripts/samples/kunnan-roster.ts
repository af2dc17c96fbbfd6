import { idTypedAsNumber, phoneOneDigitShort, sameIdAsFirstRow } from "./common-defects";
import type { PackRow, PackSample } from "./pack-sample";
import { PeopleFactory } from "./people";
import { seededRandom } from "./prng";

/** 天津市河北区: the 吊钱 and 福字 of seed summary 篇2 are a 天津 custom. */
const HEBEI_DISTRICT = "120105";
const COMMUNITIES = ["王串场社区", "民权门社区", "月牙河社区", "宁园社区", "建昌道社区"];

/**
 * Seed summary 篇2: 计划生育伤残家庭2户、单亲家庭150余户、低保边缘户320余户、新生儿独生子女家庭50余户,
 * every family given goods (米、面、油, or 吊钱、福字 and 儿童小围嘴), and money too: 1000 / 300 / 200 元,
 * none for newborns' families; 111,000 元 in all.
 */
const PLAN: readonly { type: string; count: number; yuan: number | null; goods: string; size: [number, number]; born: { from: number; to: number } }[] = [
  { type: "计划生育伤残家庭", count: 2, yuan: 1000, goods: "米、面、油", size: [2, 3], born: { from: 1950, to: 1965 } },
  { type: "单亲家庭", count: 150, yuan: 300, goods: "米、面、油", size: [2, 3], born: { from: 1970, to: 1988 } },
  { type: "低保边缘户", count: 320, yuan: 200, goods: "米、面、油", size: [1, 5], born: { from: 1945, to: 1985 } },
  { type: "新生儿独生子女家庭", count: 50, yuan: null, goods: "儿童小围嘴、吊钱、福字", size: [3, 3], born: { from: 1982, to: 1990 } },
];

/** The clean 困难家庭慰问 roster of one 街道: 522 households, by category as the summary counts them. */
export function kunnanRows(seed = 20110125): PackRow[] {
  const random = seededRandom(seed);
  const people = new PeopleFactory(random);
  return PLAN.flatMap((plan) =>
    Array.from({ length: plan.count }, (): PackRow => {
      const community = random.pick(COMMUNITIES);
      return {
        seq: null,
        community,
        name: people.name(),
        idNumber: people.idNumber(HEBEI_DISTRICT, plan.born),
        familyType: plan.type,
        familySize: random.int(...plan.size),
        address: `${community.replace("社区", "")}里${random.int(1, 30)}号楼${random.int(1, 6)}门${random.int(101, 602)}`,
        amount: plan.yuan,
        goods: plan.goods,
        phone: people.mobile(),
        remark: null,
      };
    }),
  ).map((row, i) => ({ ...row, seq: i + 1 }));
}

export const KUNNAN_SAMPLE: PackSample = {
  packId: "kunnan-jiating",
  stem: "kunnan-jiating-jiedao",
  sheetName: "困难家庭慰问",
  title: "河北区王串场街2011年春节慰问困难家庭名册",
  filler: "填报单位：王串场街计生办",
  footerDate: "2011年1月25日",
  columns: [
    { key: "seq", header: "序号", width: 6 },
    { key: "community", header: "社区", width: 12 },
    { key: "name", header: "户主姓名", width: 16 },
    { key: "idNumber", header: "户主身份证号", width: 21, text: true },
    { key: "familyType", header: "家庭类别", width: 18 },
    { key: "familySize", header: "家庭人口", width: 9 },
    { key: "address", header: "家庭住址", width: 24 },
    { key: "amount", header: "慰问金额（元）", width: 12, money: true },
    { key: "goods", header: "慰问物品", width: 22 },
    { key: "phone", header: "联系电话", width: 13, text: true },
    { key: "remark", header: "备注", width: 10 },
  ],
  rows: kunnanRows(),
  totalMismatch: "合计的 SUM 不计文本“200元”，比明细少 200（说明里点名 H305）",
  defects: [
    {
      code: "amount-below-minimum",
      severity: "error",
      flagged: "amount",
      description: "计划生育伤残家庭只发了 500 元（不低于 1000 元）",
      where: (row) => row.familyType === "计划生育伤残家庭",
      changes: () => ({ amount: 500 }),
    },
    {
      code: "value-not-in-list",
      severity: "warning",
      flagged: "familyType",
      description: "家庭类别写成“单亲困难家庭”（不在列表里；列表是开放的，所以只提示）",
      where: (row, i) => i > 20 && row.familyType === "单亲家庭",
      changes: () => ({ familyType: "单亲困难家庭" }),
    },
    {
      code: "required-missing",
      severity: "error",
      flagged: "goods",
      description: "慰问物品没有填（每户都送了物品）",
      where: (row, i) => i > 60 && row.familyType === "单亲家庭",
      changes: () => ({ goods: null }),
    },
    idTypedAsNumber("idNumber", "户主", (_, i) => i > 200),
    {
      code: "amount-text",
      severity: "warning",
      flagged: "amount",
      description: "慰问金额写成“200元”（文本，SUM 不计）",
      where: (row, i) => i > 300 && row.amount === 200,
      changes: () => ({ amount: "200元" }),
    },
    sameIdAsFirstRow("idNumber", "同一户在两个社区都报了（身份证号与第 4 行相同）", (_, i) => i > 400),
    phoneOneDigitShort((_, i) => i > 500),
  ],
};

import { accountLastDigitWrong, holderIsSomeoneElse, idTypedAsNumber, sameIdAsFirstRow } from "./common-defects";
import type { PackRow, PackSample } from "./pack-sample";
import { PeopleFactory } from "./people";
import { seededRandom } from "./prng";

/** 天门市 (湖北, 省直管市): its ID area code. */
const TIANMEN = "429006";
const REGIONS = ["市直", "竟陵街道", "岳口镇", "多宝镇"];
const UNITS: Record<string, readonly string[]> = {
  市直: ["天门市第一人民医院", "天门市自来水公司", "天门市公交公司", "天门市环卫处"],
  竟陵街道: ["竟陵街道办事处", "天门纺织机械公司", "天门市棉纺厂"],
  岳口镇: ["岳口镇中心卫生院", "岳口镇供销社", "天门市岳口化工厂"],
  多宝镇: ["多宝镇农技站", "多宝镇中学", "天门市多宝粮食储备库"],
};
const SCHOOLS: Record<string, readonly string[]> = {
  本科: ["武汉大学", "华中科技大学", "湖北大学", "长江大学", "武汉理工大学", "三峡大学"],
  专科: ["武汉职业技术学院", "湖北职业技术学院", "长江职业学院"],
  高职: ["天门职业学院", "湖北工业职业技术学院"],
  高中: ["天门中学", "天门实验高级中学", "天门市第三高级中学"],
  义务教育: ["天门市实验初级中学", "天门市竟陵小学"],
};
const BORN: Record<string, { from: number; to: number }> = {
  本科: { from: 2005, to: 2006 },
  专科: { from: 2005, to: 2006 },
  高职: { from: 2005, to: 2006 },
  高中: { from: 2008, to: 2009 },
  义务教育: { from: 2011, to: 2017 },
};

/**
 * 天门 2024's tiers: archived families 5000 元 (高等) / 3000 (高中), others 4000 / 2000; 义务教育
 * has no tier there, 1000 元 here. 28 archived and 12 other students, 158,000 元 in all.
 */
const PLAN: readonly { level: string; archived: number; other: number; archivedYuan: number; otherYuan: number }[] = [
  { level: "本科", archived: 10, other: 4, archivedYuan: 5000, otherYuan: 4000 },
  { level: "专科", archived: 6, other: 2, archivedYuan: 5000, otherYuan: 4000 },
  { level: "高职", archived: 4, other: 2, archivedYuan: 5000, otherYuan: 4000 },
  { level: "高中", archived: 6, other: 2, archivedYuan: 3000, otherYuan: 2000 },
  { level: "义务教育", archived: 2, other: 2, archivedYuan: 1000, otherYuan: 1000 },
];
const ARCHIVE_LEVELS = ["全总", "省总", "省总", "市总"];

/** The clean 金秋助学 roster: 40 students, grouped by level as the notice's table is. */
export function jinqiuRows(seed = 20240820): PackRow[] {
  const random = seededRandom(seed);
  const people = new PeopleFactory(random);
  let archiveSeq = 0;
  return PLAN.flatMap((plan) =>
    Array.from({ length: plan.archived + plan.other }, (_, i): PackRow => {
      const archived = i < plan.archived;
      const region = random.pick(REGIONS);
      const parentName = people.name();
      const studentName = parentName.includes("·") ? people.name() : people.nameWithSurname(parentName[0]);
      const adult = BORN[plan.level].from < 2007;
      const { bankName, account } = people.bankCard();
      return {
        seq: null,
        region,
        unit: random.pick(UNITS[region]),
        studentName,
        studentId: people.idNumber(TIANMEN, BORN[plan.level]),
        school: random.pick(SCHOOLS[plan.level]),
        schoolLevel: plan.level,
        parentName,
        parentId: people.idNumber(TIANMEN, { from: 1968, to: 1982 }),
        parentArchiveLevel: archived ? random.pick(ARCHIVE_LEVELS) : null,
        parentArchiveNo: archived ? `TM2023${String(++archiveSeq).padStart(4, "0")}` : null,
        amount: archived ? plan.archivedYuan : plan.otherYuan,
        bankName: localBank(bankName),
        account,
        accountHolder: adult && random.next() < 0.2 ? studentName : parentName,
        phone: people.mobile(),
        remark: null,
      };
    }),
  ).map((row, i) => ({ ...row, seq: i + 1 }));
}

/** The people factory's cards are 哈密's; these are 天门 families. */
function localBank(name: string): string {
  return name.replace("哈密分行", "天门支行").replace("新疆农村信用社", "湖北农商银行");
}

export const JINQIU_SAMPLE: PackSample = {
  packId: "jinqiu-zhuxue",
  stem: "jinqiu-zhuxue-tianmen",
  sheetName: "金秋助学",
  title: "天门市总工会2024年金秋助学资助名单",
  filler: "填报单位：天门市总工会",
  footerDate: "2024年8月20日",
  columns: [
    { key: "seq", header: "序号", width: 6 },
    { key: "region", header: "地区", width: 10 },
    { key: "unit", header: "家长工作单位", width: 20 },
    { key: "studentName", header: "学生姓名", width: 10 },
    { key: "studentId", header: "学生身份证号", width: 21, text: true },
    { key: "school", header: "录取学校", width: 20 },
    { key: "schoolLevel", header: "入学层次", width: 9 },
    { key: "parentName", header: "家长姓名", width: 16 },
    { key: "parentId", header: "家长身份证号", width: 21, text: true },
    { key: "parentArchiveLevel", header: "建档级别", width: 9 },
    { key: "parentArchiveNo", header: "档案编号", width: 12, text: true },
    { key: "amount", header: "资助金额（元）", width: 12, money: true },
    { key: "bankName", header: "开户银行", width: 22 },
    { key: "account", header: "银行卡号", width: 22, text: true },
    { key: "accountHolder", header: "户名", width: 16 },
    { key: "phone", header: "联系电话", width: 13, text: true },
    { key: "remark", header: "备注", width: 10 },
  ],
  rows: jinqiuRows(),
  defects: [
    {
      code: "archive-missing",
      severity: "error",
      flagged: "parentArchiveNo",
      description: "家长建档级别为省总，没有填档案编号",
      where: (row) => row.parentArchiveLevel === "省总",
      changes: () => ({ parentArchiveNo: null }),
    },
    {
      code: "amount-below-minimum",
      severity: "error",
      flagged: "amount",
      description: "建档家庭的本科生按未建档标准发了 4000 元（建档家庭高等教育不低于 5000 元）",
      where: (row) => row.schoolLevel === "本科" && row.parentArchiveLevel !== null,
      changes: () => ({ amount: 4000 }),
    },
    {
      code: "value-not-in-list",
      severity: "error",
      flagged: "schoolLevel",
      description: "入学层次写成“研究生”（可选：本科、专科、高职、高中、义务教育）",
      where: (row) => row.schoolLevel === "专科",
      changes: () => ({ schoolLevel: "研究生" }),
    },
    holderIsSomeoneElse("value-mismatch", "parentName", "桂兰", "户名既不是家长也不是学生（祖父母代领）", (row) => row.accountHolder === row.parentName),
    idTypedAsNumber("studentId", "学生", (row) => row.schoolLevel === "高职"),
    sameIdAsFirstRow("studentId", "同一学生报了两次（学生身份证号与第 4 行相同）", (row) => row.schoolLevel === "高中"),
    accountLastDigitWrong((_, i) => i > 30),
    {
      code: "required-missing",
      severity: "error",
      flagged: "school",
      description: "录取学校没有填",
      where: (_, i) => i > 33,
      changes: () => ({ school: null }),
    },
    {
      code: "amount-implausible",
      severity: "warning",
      flagged: "amount",
      description: "5000 元多打了一个 0（50000）",
      where: (row, i) => i > 5 && row.amount === 5000,
      changes: () => ({ amount: 50000 }),
    },
  ],
};

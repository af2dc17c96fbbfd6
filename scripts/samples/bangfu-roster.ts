import { idTypedAsNumber, phoneOneDigitShort } from "./common-defects";
import type { PackRow, PackSample } from "./pack-sample";
import { AREA_CODES, PeopleFactory } from "./people";
import { seededRandom } from "./prng";

const UNITS = ["市直机关工会", "天山街道工会", "石油基地工会", "二堡镇工会"];
const HARDSHIP = ["深度困难", "相对困难", "意外致困"];
/** What each kind of aid pays, and what the 台账 writes it did. */
const AID: readonly { type: string; yuan: readonly number[]; content: string }[] = [
  { type: "生活救助", yuan: [500, 800, 1000], content: "发放生活救助金" },
  { type: "医疗救助", yuan: [2000, 3000, 5000], content: "住院医疗费用救助" },
  { type: "助学救助", yuan: [2000, 3000], content: "子女助学金" },
  { type: "就业帮扶", yuan: [0, 300], content: "推荐就业岗位、技能培训补贴" },
];

/**
 * One year's 困难职工帮扶台账 of a 市总工会: 24 archived workers and 60 records. A worker is helped
 * again and again (生活救助 each quarter, 医疗救助 after a stay): up to 6 records each, and one
 * worker has exactly 6, the most the form allows.
 */
export function bangfuRows(seed = 20251231): PackRow[] {
  const random = seededRandom(seed);
  const people = new PeopleFactory(random);
  const workers = Array.from({ length: 24 }, (_, i) => ({
    unit: random.pick(UNITS),
    name: people.name(),
    idNumber: people.idNumber(AREA_CODES.哈密市, { from: 1962, to: 1990 }),
    archiveNo: `HM${String(250001 + i).padStart(6, "0")}`,
    hardship: random.pick(HARDSHIP),
    phone: people.mobile(),
  }));
  // Records per worker: the first has 6, then 5, 4, 4, 3… down to 1 — 60 in all.
  const counts = [6, 5, 4, 4, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 2];
  const records = workers.flatMap((worker, i) =>
    Array.from({ length: counts[i] }, (_, n) => {
      const aid = n === 0 || counts[i] === 6 ? AID[0] : random.pick(AID);
      return {
        seq: null,
        ...worker,
        aidType: aid.type,
        // The worker with six records had 生活救助 every month of the first half; the rest every other month or so.
        aidDate: `2025-${String(counts[i] === 6 ? 1 + n : Math.min(12, 1 + n * 2 + random.int(0, 1))).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`,
        amount: random.pick(aid.yuan),
        content: aid.content,
        remark: null,
      } satisfies PackRow;
    }),
  );
  return records.sort((a, b) => a.aidDate.localeCompare(b.aidDate)).map((row, i) => ({ ...row, seq: i + 1 }));
}

const rows = bangfuRows();
/** The worker with the six records the form allows: a seventh is one too many. */
const MOST = rows.find((row) => rows.filter((other) => other.idNumber === row.idNumber).length === 6)!;
/** A seventh record must come after the sixth in the sheet, or the sixth would be the one flagged. */
const AFTER_MOST = rows.map((row) => row.idNumber).lastIndexOf(MOST.idNumber);

export const BANGFU_SAMPLE: PackSample = {
  packId: "kunnan-bangfu",
  stem: "kunnan-bangfu-hami",
  sheetName: "帮扶台账",
  title: "哈密市总工会2025年困难职工帮扶工作台账",
  filler: "填报单位：哈密市总工会",
  footerDate: "2025年12月31日",
  columns: [
    { key: "seq", header: "序号", width: 6 },
    { key: "unit", header: "所属工会", width: 14 },
    { key: "name", header: "姓名", width: 16 },
    { key: "idNumber", header: "身份证号码", width: 21, text: true },
    { key: "archiveNo", header: "档案编号", width: 11, text: true },
    { key: "hardship", header: "困难类别", width: 10 },
    { key: "aidType", header: "帮扶类型", width: 10 },
    { key: "aidDate", header: "帮扶日期", width: 12 },
    { key: "amount", header: "帮扶金额（元）", width: 12, money: true },
    { key: "content", header: "帮扶内容", width: 26 },
    { key: "phone", header: "联系电话", width: 13, text: true },
    { key: "remark", header: "备注", width: 10 },
  ],
  rows,
  defects: [
    {
      code: "required-missing",
      severity: "error",
      flagged: "archiveNo",
      description: "档案编号没有填（先建档、后帮扶）",
      where: (_, i) => i > 2,
      changes: () => ({ archiveNo: null }),
    },
    {
      code: "pattern-mismatch",
      severity: "warning",
      flagged: "archiveNo",
      description: "档案编号写成“HM-25003”（不是两个字母加六位数字）",
      where: (_, i) => i > 6,
      changes: () => ({ archiveNo: "HM-25003" }),
    },
    {
      code: "value-not-in-list",
      severity: "error",
      flagged: "hardship",
      description: "困难类别写成“一般困难”（不在 深度困难、相对困难、意外致困 之中）",
      where: (_, i) => i > 10,
      changes: () => ({ hardship: "一般困难" }),
    },
    {
      code: "value-not-in-list",
      severity: "warning",
      flagged: "aidType",
      description: "帮扶类型写成“节日慰问”（列表是开放的，所以只提示）",
      where: (_, i) => i > 14,
      changes: () => ({ aidType: "节日慰问" }),
    },
    {
      code: "too-many-records",
      severity: "error",
      flagged: "idNumber",
      description: `同一职工第 7 条帮扶记录（身份证号改成已有 6 条的${String(MOST.name)}的；本表每人最多 6 条）`,
      where: (row, i) => i > AFTER_MOST && row.idNumber !== MOST.idNumber,
      changes: () => ({ name: MOST.name, idNumber: MOST.idNumber, archiveNo: MOST.archiveNo, unit: MOST.unit, hardship: MOST.hardship, phone: MOST.phone }),
    },
    {
      code: "date-invalid",
      severity: "warning",
      flagged: "aidDate",
      description: "帮扶日期写成“2025.13.5”（没有 13 月）",
      where: (_, i) => i > 20,
      changes: () => ({ aidDate: "2025.13.5" }),
    },
    idTypedAsNumber("idNumber", "职工", (_, i) => i > 24),
    phoneOneDigitShort((_, i) => i > 30),
  ],
};

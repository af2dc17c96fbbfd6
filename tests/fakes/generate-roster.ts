import type { CellValue } from "../../src/core/cell";
import { idCheckCharacter, luhnDigit } from "../../scripts/samples/check-digits";

/** A 送温暖 roster as a grid: title, header, `households` data rows with planted defects, 合计. */
export interface GeneratedRoster {
  readonly rows: CellValue[][];
  /** Sheet rows (1-based, grid starting at A1) holding data. */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
}

export const ROSTER_HEADER = [
  "序号", "地区", "单位", "姓名", "身份证号", "人员类别", "困难类别", "建档级别",
  "档案编号", "慰问金额（元）", "发放方式", "开户银行", "银行卡号", "户名",
];

const REGIONS = ["伊州区", "巴里坤县", "伊吾县"];
const SURNAMES = ["张", "王", "李", "赵", "刘", "陈", "马", "艾"];
const GIVEN = ["建国", "秀英", "伟", "芳", "卫东", "玉兰", "海", "热合曼"];

/** Small deterministic PRNG (mulberry32) so every run builds the same sheet. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function digits(random: () => number, count: number): string {
  let text = "";
  for (let i = 0; i < count; i++) text += Math.floor(random() * 10);
  return text;
}

/**
 * `defectRate` of the rows get one planted defect each (bad ID, no archive, low amount, holder ≠ name).
 * `firstPerson` shifts the IDs, so rosters generated for different units share no one.
 */
export function generateRoster(households: number, { seed = 7, defectRate = 0.05, firstPerson = 0 } = {}): GeneratedRoster {
  const random = prng(seed);
  const rows: CellValue[][] = [["2026年元旦春节送温暖慰问名单"], ROSTER_HEADER];
  let total = 0;
  for (let i = 1; i <= households; i++) {
    const name = SURNAMES[Math.floor(random() * SURNAMES.length)] + GIVEN[Math.floor(random() * GIVEN.length)];
    // Birth date and sequence number come from i, so no two households share an ID (3,240,000 exist).
    const person = firstPerson + i - 1;
    const day = Math.floor(person / 1000);
    const birth = `19${50 + (day % 40)}0${1 + (Math.floor(day / 40) % 9)}1${Math.floor(day / 360) % 9}`;
    const first17 = `652201${birth}${String(person % 1000).padStart(3, "0")}`;
    const card = `622848${digits(random, 12)}`;
    const row: CellValue[] = [
      i, REGIONS[i % REGIONS.length], `哈密市第${(i % 40) + 1}工会`, name, first17 + idCheckCharacter(first17),
      "困难职工", "深度困难", "市总", `HM${String(i).padStart(6, "0")}`, 1500, "银行卡", "农业银行",
      card + luhnDigit(card), name,
    ];
    if (random() < defectRate) {
      const defect = Math.floor(random() * 4);
      if (defect === 0) row[4] = first17 + (idCheckCharacter(first17) === "0" ? "1" : "0");
      if (defect === 1) row[8] = null;
      if (defect === 2) row[9] = 300;
      if (defect === 3) row[13] = "代领人";
    }
    total += row[9] as number;
    rows.push(row);
  }
  rows.push(["合计", null, null, null, null, null, null, null, null, total]);
  return { rows, firstDataRow: 3, lastDataRow: households + 2 };
}

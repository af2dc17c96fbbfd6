import { AREA_CODES, PeopleFactory } from "./people";
import { seededRandom } from "./prng";
import { fieldCell, type SampleSheet } from "./sheet-layout";
import { addRosterSheet, sampleWorkbook, workbookBytes } from "./write-workbook";

export const REGISTER_HEADER = ["档案编号", "姓名", "身份证号", "档案级别", "困难类别", "所在地区", "工作单位", "建档日期", "档案状态"];

/** A disagreement between the clean 哈密 roster and its register, where the check must report it. */
export interface PlantedDisagreement {
  readonly cell: string;
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly description: string;
}

export interface HamiRegister {
  readonly rows: string[][];
  readonly planted: PlantedDisagreement[];
  /** 在档 families no row of the clean roster pays, in the roster's regions. */
  readonly unreached: number;
  /** 在档 families in a region the roster does not cover. */
  readonly outside: number;
  readonly registered: number;
}

/**
 * The 档案表 of the clean 哈密 roster (songwennuan-hami.xlsx), as the national system would export
 * it: every registered household of the roster, with five planted disagreements, plus families the
 * roster forgot (in its regions and one beyond them) and one that left the register.
 */
export function hamiRegister(sheet: SampleSheet, seed = 20171231): HamiRegister {
  const random = seededRandom(seed);
  const people = new PeopleFactory(random);
  const planted: PlantedDisagreement[] = [];
  const rows: string[][] = [];
  const registered = sheet.households.filter(({ household }) => household.archiveNo !== "");
  const pick = (region: string, test: (h: (typeof registered)[number]) => boolean) => registered.find((entry) => entry.household.region === region && test(entry))!;
  const levelOff = pick("地直", (e) => e.household.archiveLevel === "市总");
  const otherPerson = pick("哈密市", () => true);
  const closed = pick("巴里坤县", () => true);
  const missing = pick("伊吾县", () => true);
  const unnumbered = sheet.households.find(({ household }) => household.region === "地直" && household.group === "一线职工")!;

  for (const entry of registered) {
    const h = entry.household;
    if (entry === missing) {
      planted.push({ cell: fieldCell(entry.row, "archiveNo"), code: "archive-not-registered", severity: "error", description: `档案编号 ${h.archiveNo} 不在档案表中（档案表漏了这一户）` });
      continue;
    }
    let { idNumber, archiveLevel } = h;
    let status = "在档";
    if (entry === levelOff) {
      archiveLevel = "省总";
      planted.push({ cell: fieldCell(entry.row, "archiveLevel"), code: "archive-level-mismatch", severity: "error", description: "表中写市总，档案表登记为省总" });
      planted.push({ cell: fieldCell(entry.row, "amount"), code: "amount-below-minimum", severity: "error", description: `按登记的省总级别，${h.amountYuan} 元低于最低标准 1000 元` });
    }
    if (entry === otherPerson) {
      idNumber = people.idNumber(AREA_CODES.哈密市);
      planted.push({ cell: fieldCell(entry.row, "archiveNo"), code: "archive-person-mismatch", severity: "error", description: "档案表中这个编号登记的身份证号码不同（这一户也因此算作未慰问）" });
    }
    if (entry === closed) {
      status = "已解困脱困";
      planted.push({ cell: fieldCell(entry.row, "archiveNo"), code: "archive-closed", severity: "warning", description: "档案表中这一户已解困脱困" });
    }
    rows.push([h.archiveNo, h.name, idNumber, archiveLevel, h.hardshipType, h.region, h.unit, "2017-06-30", status]);
  }
  const u = unnumbered.household;
  rows.push(["HMDZ20179001", u.name, u.idNumber, "市总", "相对困难", u.region, u.unit, "2017-11-20", "在档"]);
  planted.push({ cell: fieldCell(unnumbered.row, "archiveNo"), code: "archive-number-omitted", severity: "warning", description: "一线职工已建档（HMDZ20179001），表中没有填档案编号" });

  // Families the roster forgot: in its regions, one beyond them (十三师), and one that left.
  const forgotten: [string, string, string, string][] = [
    ["HMSQ20170901", "哈密市", "市总", "在档"],
    ["HMSQ20170902", "哈密市", "省总", "在档"],
    ["BLK20170901", "巴里坤县", "全总", "在档"],
    ["BLK20170902", "巴里坤县", "市总", "在档"],
    ["YW20170901", "伊吾县", "省总", "在档"],
    ["SSS20170901", "十三师", "省总", "在档"],
    ["HMSQ20170903", "哈密市", "市总", "退档"],
  ];
  for (const [archiveNo, region, level, status] of forgotten) {
    rows.push([archiveNo, people.name(), people.idNumber(AREA_CODES.哈密市), level, "深度困难", region, "", "2017-09-01", status]);
  }
  const inRegister = rows.filter((row) => row[8] === "在档");
  const outside = inRegister.filter((row) => row[5] === "十三师").length;
  return { rows, planted, unreached: 5 + 1, outside, registered: inRegister.length - outside };
}

/** The register as an .xlsx: a title line, then the header on row 2. */
export async function registerWorkbookBytes(register: HamiRegister): Promise<Buffer> {
  const workbook = sampleWorkbook();
  const cells = [["哈密地区困难职工档案表（帮扶系统导出）"], REGISTER_HEADER, ...register.rows];
  addRosterSheet(workbook, "档案表", cells, {
    columns: [14, 12, 21, 9, 10, 10, 18, 12, 11].map((width, i) => ({ width, text: i === 0 || i === 2 })),
    headerRow: 2,
    lastRow: cells.length,
    boldRows: [],
    moneyColumns: [],
  });
  return workbookBytes(workbook);
}

import type { CellValue } from "../src/core/cell";
import { checkGrid } from "../src/core/check/check-grid";
import { Consolidation } from "../src/core/consolidate/consolidation";
import type { ArchiveRegister } from "../src/core/register/archive-register";
import { RegisterBuilder } from "../src/core/register/register-reader";
import { SONGWENNUAN_TEMPLATE } from "../src/core/template/songwennuan";
import { generateRoster } from "../tests/fakes/generate-roster";
import type { Section } from "./report-types";
import { count, median, ms } from "./stats";
import { TARGETS } from "./targets";

/** The scale; BENCH_REGISTER / BENCH_ROWS make a quick run on a busy machine. */
const FAMILIES = Number(process.env.BENCH_REGISTER ?? 200_000);
const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const RUNS = 3;

/** The generated roster's columns: 地区 B, 姓名 D, 身份证号 E, 建档级别 H, 档案编号 I. */
const REGISTER_HEADER = ["档案编号", "姓名", "身份证号", "档案级别", "所在地区", "档案状态"];

/** A register holding every family of the roster and as many again it does not pay. */
function registerRows(roster: readonly CellValue[][], others: readonly CellValue[][]): CellValue[][] {
  const family = (row: readonly CellValue[], archiveNo: CellValue) => [archiveNo, row[3], row[4], row[7], row[1], "在档"];
  return [REGISTER_HEADER, ...roster.map((row) => family(row, row[8])), ...others.map((row, i) => family(row, `HX${String(i + 1).padStart(7, "0")}`))];
}

function buildRegister(rows: readonly CellValue[][]): ArchiveRegister {
  const builder = new RegisterBuilder();
  const sheet = builder.sheet("档案表.xlsx", "档案表");
  rows.forEach((cells, i) => sheet.pushRow(i + 1, cells));
  sheet.finish();
  return builder.build();
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** Part 8: the roster against the 档案表 in the core (what every host runs), in memory: no file reading counted. */
export function benchRegister(): Section {
  const roster = generateRoster(ROWS, { defectRate: 0 }).rows;
  const data = roster.slice(2, -1);
  const others = generateRoster(Math.max(0, FAMILIES - ROWS), { defectRate: 0, firstPerson: ROWS }).rows.slice(2, -1);
  const rows = registerRows(data, others);
  const build: number[] = [];
  const plain: number[] = [];
  const against: number[] = [];
  const coverage: number[] = [];
  let notReached = 0;
  for (let run = 0; run < RUNS; run++) {
    const register = timed(() => buildRegister(rows));
    build.push(register.ms);
    plain.push(timed(() => checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "名单", rows: roster })).ms);
    const checked = timed(() => checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "名单", rows: roster, register: register.value }));
    against.push(checked.ms);
    const joined = timed(() => {
      const consolidation = new Consolidation({ register: register.value, registerScope: "all" });
      consolidation.add("名单.xlsx", checked.value);
      return consolidation.finish().coverage!;
    });
    coverage.push(joined.ms);
    notReached = joined.value.notReached.length;
  }
  const total = median(build) + median(against) + median(coverage);
  return {
    title: `A ${count(ROWS)}-row roster against a ${count(FAMILIES)}-family 档案表`,
    method:
      `A generated roster of ${count(ROWS)} households and a register of ${count(FAMILIES)} families (every household of the roster, ` +
      `and as many again it does not pay: ${count(notReached)} 未慰问), in memory; the median of ${RUNS} runs in this process. ` +
      "Reading the register file is the reader's speed (parts 1 and 2) and is not counted here.",
    headers: ["step", "median"],
    rows: [
      ["reading the register's rows (RegisterBuilder)", ms(median(build))],
      ["checking the roster without a register", ms(median(plain))],
      ["checking the roster against the register", ms(median(against))],
      ["未慰问在档户 (coverage over the register)", ms(median(coverage))],
    ],
    verdicts: [
      {
        target: `register read + roster checked against it + coverage ≤ ${ms(TARGETS.registerCheckMs)}`,
        measured: ms(total),
        met: total <= TARGETS.registerCheckMs,
        ...(total <= TARGETS.registerCheckMs ? {} : { missedBy: ms(total - TARGETS.registerCheckMs), why: "The machine's other load counts too." }),
      },
    ],
  };
}

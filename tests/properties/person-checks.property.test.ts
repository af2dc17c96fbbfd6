import fc from "fast-check";
import type { CellValue } from "../../src/core/cell";
import { checkGrid } from "../../src/core/check/check-grid";
import { startCheck } from "../../src/core/check/check-session";
import type { CheckResult } from "../../src/core/check/types";
import { SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";
import { idCheckCharacter, luhnDigit } from "../../scripts/samples/check-digits";
import { ROSTER_HEADER } from "../fakes/generate-roster";
import { referencePersonIssues, type ReferenceIssue } from "./person-checks-reference";

const TODAY = new Date(2026, 0, 1);
const COLUMNS = { name: 3, id: 4, archiveNo: 8, account: 12 };
const CODES = new Set(["duplicate-person", "archive-shared", "account-shared"]);

/** A person's ID: 18 digits born in the 1900s, so the old 15-digit form is valid too; some end in X. */
function idOf(area: string, birth: string, sequence: number): { id18: string; id15: string } {
  const first17 = `${area}${birth}${String(sequence).padStart(3, "0")}`;
  return { id18: first17 + idCheckCharacter(first17), id15: area + birth.slice(2) + String(sequence).padStart(3, "0") };
}
const PEOPLE = Array.from({ length: 40 }, (_, i) => idOf(i % 2 ? "110105" : "652201", `19${50 + i}0${1 + (i % 9)}1${i % 9}`, i));
const WITH_X = PEOPLE.filter((person) => person.id18.endsWith("X"));
const FULL_WIDTH = (text: string) => text.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const SPACED = (text: string) => text.replace(/(.{4})/g, "$1 ").trim();

/** The ways one person's ID is typed: as is, the old 15 digits, lower-case x, spaced, full width, a number; or no ID, or a bad one. */
const idCell = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 5 }), fc.constantFrom("plain", "old", "spaced", "full", "number", "x")).map(([i, form]): CellValue => {
    const { id18, id15 } = form === "x" ? WITH_X[i % WITH_X.length] : PEOPLE[i];
    if (form === "old") return id15;
    if (form === "spaced") return SPACED(id18);
    if (form === "full") return FULL_WIDTH(id18);
    if (form === "number") return Number(id15);
    return form === "x" ? id18.toLowerCase() : id18;
  }),
  fc.constantFrom<CellValue>("", null, "12345", "6522011950010", "\u3000"),
);
const nameCell = fc.constantFrom("张三", "张 三", "张　三", "李四", "王五");
const archiveCell = fc.constantFrom<CellValue>("QZ1001", "QZ 1001", "ＱＺ１００１", "QZ1002", "HM7", "hm7", "", null, 1001);
const CARDS = ["622848001234567890", "621700987654321000", "622202111122223333"].map((body) => body + luhnDigit(body));
const accountCell = fc.oneof(
  fc.tuple(fc.constantFrom(...CARDS), fc.constantFrom("plain", "spaced", "full")).map(([card, form]): CellValue => (form === "spaced" ? SPACED(card) : form === "full" ? FULL_WIDTH(card) : card)),
  fc.constantFrom<CellValue>("", null, "6228 48"),
);

function rosterRow(seq: number, name: CellValue, id: CellValue, archiveNo: CellValue, account: CellValue): CellValue[] {
  return [seq, "伊州区", "哈密市工会", name, id, "困难职工", "深度困难", "市总", archiveNo, 1500, "银行卡", "农业银行", account, name];
}

/** The engine's issues of the rules that compare rows, in the reference's terms. */
function personIssues(result: CheckResult): ReferenceIssue[] {
  return result.issues
    .filter((issue) => CODES.has(issue.code))
    .map((issue) => ({
      code: issue.code as ReferenceIssue["code"],
      row: issue.row,
      col: issue.col,
      firstRow: issue.params.firstRow as number,
      ...(issue.code === "duplicate-person" && issue.col === COLUMNS.id + 1 ? { legacyPair: issue.messageEn.includes("old 15-digit ID") } : {}),
    }));
}

function expectReference(grid: CellValue[][]): void {
  const dataRows = grid.slice(1).map((cells, i) => ({ rowNumber: i + 2, cells }));
  const expected = referencePersonIssues(dataRows, COLUMNS, TODAY);
  const whole = checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "名单", rows: grid, today: TODAY });
  expect(whole.dataRowNumbers).toEqual(dataRows.map((row) => row.rowNumber));
  expect(personIssues(whole)).toEqual(expected);
  // Streamed, the indexes do not know the row count and grow as they go.
  const session = startCheck(SONGWENNUAN_TEMPLATE, { sheet: "名单", today: TODAY });
  grid.forEach((cells, i) => session.pushRow(i + 1, cells));
  expect(personIssues(session.finish())).toEqual(expected);
}

describe("rules comparing rows (duplicate-person, archive-shared, account-shared) against a plain reference", () => {
  it("find what the reference finds on small rosters full of repeats typed every way", () => {
    const row = fc.tuple(nameCell, idCell, archiveCell, accountCell);
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        expectReference([ROSTER_HEADER, ...rows.map(([name, id, archiveNo, account], i) => rosterRow(i + 1, name, id, archiveNo, account))]);
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it("find what the reference finds past the indexes' first room (thousands of people, some repeated)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3000), fc.nat(2500), fc.nat(2500), fc.boolean()), { minLength: 4000, maxLength: 4000 }), (picks) => {
        const grid = [
          ROSTER_HEADER,
          ...picks.map(([person, archive, account, otherName], i) => {
            const { id18, id15 } = idOf("652201", `19${50 + (person % 40)}0${1 + (person % 9)}1${person % 9}`, person % 1000);
            const card = `62284800${String(account).padStart(10, "0")}`;
            return rosterRow(i + 1, otherName ? "李四" : "张三", person % 7 === 0 ? id15 : id18, `QZ${archive}`, card + luhnDigit(card));
          }),
        ];
        expectReference(grid);
      }),
      { numRuns: 5, endOnFailure: true },
    );
  });
});

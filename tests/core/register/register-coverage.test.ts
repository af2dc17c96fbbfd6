import { checkGrid } from "../../../src/core/check/check-grid";
import { Consolidation } from "../../../src/core/consolidate/consolidation";
import { registerText } from "../../../src/apps/cli/register-text";
import { coverageRate } from "../../../src/core/register/register-coverage";
import { RegisterBuilder } from "../../../src/core/register/register-reader";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HEADER, IDS, person, TODAY } from "../check/roster-fixture";
import { family, registerOf } from "./register-fixture";

const register = registerOf([
  family(0, { region: "伊州区" }),
  family(1, { region: "伊州区", name: "李四" }),
  family(2, { region: "巴里坤县", name: "王五" }),
  family(3, { region: "巴里坤县", status: "已解困脱困" }),
  family(4, { region: "伊吾县", name: "赵六" }),
]);
const submission = (rows: ReturnType<typeof person>[]) => checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [HEADER, ...rows], today: TODAY, register });

describe("register coverage across submissions", () => {
  it("counts a family reached by another county as reached, and lists the 在档 families no row pays", () => {
    const consolidation = new Consolidation({ register, registerScope: "all" });
    consolidation.add("伊州区.xlsx", submission([person({ region: "伊州区" }, 0)]));
    consolidation.add("巴里坤县.xlsx", submission([person({ region: "巴里坤县", name: "李四" }, 1), person({ region: "巴里坤县", name: "王五", amount: 0 }, 2)]));
    const coverage = consolidation.finish().coverage!;
    expect(coverage).toMatchObject({ registered: 4, reached: 2, closed: 1, outside: 0 });
    // 王五's row pays nothing: not reached. Names masked, never an ID.
    expect(coverage.notReached.map((f) => [f.archiveNo, f.name, f.region, f.line])).toEqual([
      ["QZ1002", "王*", "巴里坤县", "档案表.xlsx 第5行"],
      ["QZ1004", "赵*", "伊吾县", "档案表.xlsx 第7行"],
    ]);
    expect(JSON.stringify(coverage)).not.toMatch(/\d{11}/);
  });

  it("counts only the regions the rosters cover by default, and says how many were left out", () => {
    const consolidation = new Consolidation({ register });
    consolidation.add("伊州区.xlsx", submission([person({ region: "伊州区" }, 0)]));
    const coverage = consolidation.finish().coverage!;
    expect(coverage).toMatchObject({ scope: "covered", registered: 2, reached: 1, outside: 2, scopeWidened: false });
    expect(coverage.notReached.map((f) => f.archiveNo)).toEqual(["QZ1001"]);
  });

  it("reaches a registered family by its ID when the row left the number out", () => {
    const consolidation = new Consolidation({ register, registerScope: "all" });
    consolidation.add("a.xlsx", submission([person({ region: "伊州区", archiveNo: "", name: "李四" }, 1)]));
    expect(consolidation.finish().coverage!.notReached.map((f) => f.archiveNo)).not.toContain("QZ1001");
  });

  it("rounds the rate down, so 100% means every family", () => {
    expect(coverageRate({ registered: 2000, reached: 1999 })).toBe("99.9%");
    expect(coverageRate({ registered: 4, reached: 4 })).toBe("100%");
    expect(coverageRate({ registered: 3, reached: 1 })).toBe("33.3%");
    expect(coverageRate({ registered: 0, reached: 0 })).toBe("—");
  });
});

describe("a 档案表 without 档案级别 or 档案状态", () => {
  it("says which checks it could not make, where the count is shown", () => {
    const builder = new RegisterBuilder();
    const sheet = builder.sheet("档案表.csv", "档案表");
    [["档案编号", "姓名", "身份证号", "所在地区"], ["QZ1000", "张三", IDS[0], "伊州区"]].forEach((cells, i) => sheet.pushRow(i + 1, cells));
    sheet.finish();
    const consolidation = new Consolidation({ register: builder.build(), registerScope: "all" });
    consolidation.add("伊州区.xlsx", checkGrid(SONGWENNUAN_TEMPLATE, { sheet: "花名册", rows: [HEADER, person({ region: "伊州区" }, 0)], today: TODAY }));
    const coverage = consolidation.finish().coverage!;
    expect(coverage.emptyColumns).toEqual(["archiveLevel", "status"]);
    // Before: 在档 1 户，已慰问 1 户，覆盖率 100% with no word that no level was compared and no 已解困 family could be told apart.
    expect(registerText(coverage)).toContain(
      "注意：档案表没有档案级别、档案状态两列（或全为空）：未对照建档级别；已解困脱困、退档的户无法区分，都按在档计。",
    );
    expect(registerText({ ...coverage, emptyColumns: [] })).not.toContain("档案表没有");
  });
});

import type { CellValue } from "../../../src/core/cell";
import { checkGrid } from "../../../src/core/check/check-grid";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";
import { packJson } from "../rules/pack-fixture";
import { checkRows, person } from "../check/roster-fixture";

describe("RowReader: amounts computed by a formula", () => {
  it.each([
    [501.21000000000004, "501.21"],
    [333.3333333333333, "333.33"],
    [0.1 + 0.2, "0.3"],
  ])("shows %p as %s, never masked as if an ID", (amount, shown) => {
    const [issue] = checkRows([person({ amount })]).issues;
    expect(issue.code).toBe("amount-below-minimum");
    expect(issue.shownValue).toBe(shown);
    expect(issue.message).toContain(`慰问金额${shown}元`);
  });

  it("keeps a whole amount as typed", () => {
    expect(checkRows([person({ amount: 800 })]).issues[0].shownValue).toBe("800");
  });
});

describe("RowReader: a pack whose amount is the sum of two money fields (劳模慰问)", () => {
  const fields = [
    { key: "name", label: "姓名", type: "name", required: true },
    { key: "level", label: "劳模级别", type: "one-of", values: ["全国", "省部级", "地市级"] },
    { key: "gift", label: "慰问金", type: "money", sum: true },
    { key: "aid", label: "特殊困难帮扶金", type: "money", sum: true },
  ];
  const template = packToTemplate(parsePack({ ...packJson([], fields), person: { name: "name" }, payment: undefined, dimensions: [{ name: "劳模级别", field: "level", role: "group" }] }));
  const check = (rows: CellValue[][]) => checkGrid(template, { sheet: "劳模", rows: [["姓名", "劳模级别", "慰问金", "特殊困难帮扶金"], ...rows] });

  it("tallies each row's sum, an empty part counting nothing", () => {
    const result = check([
      ["甲", "全国", 2000, 1000],
      ["乙", "省部级", 1500, null],
    ]);
    expect(result.issues).toEqual([]);
    expect(result.total).toEqual({ households: 2, modelWorkers: 0, amountFen: 450000 });
    expect(result.groups.map((g) => [g.group, g.amountFen])).toEqual([["全国", 300000], ["省部级", 150000]]);
  });

  it("names the unreadable part on its own cell, and counts the row's amount as unreadable", () => {
    const result = check([["甲", "全国", 2000, "一千"]]);
    expect(result.issues.map((issue) => `${issue.cell} ${issue.code}`)).toEqual(["D2 amount-invalid"]);
    expect(result.issues[0].message).toBe("特殊困难帮扶金不是有效的金额：请填写数字，如 1000 或 1,000.00（单位元）。");
    expect(result.total.amountFen).toBe(0);
  });
});

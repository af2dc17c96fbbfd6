import { checkPack, COLUMN, packJson, seen } from "./pack-fixture";
import { parsePack } from "../../../src/core/template/load-pack";

describe("rule kind: one-of", () => {
  it("checks the field against its own values, with the rule's severity", () => {
    const result = checkPack([{ kind: "one-of", field: "level", severity: "warning" }], [{ level: "研究生" }]);
    expect(seen(result)).toEqual([`${COLUMN.level}2 value-not-in-list warning`]);
  });

  it("is not checked twice by the field's type", () => {
    expect(seen(checkPack([{ kind: "one-of", field: "level" }], [{ level: "研究生" }]))).toEqual([`${COLUMN.level}2 value-not-in-list error`]);
  });

  it("passes a listed value (near miss: full-width spaces around it are trimmed)", () => {
    expect(seen(checkPack([{ kind: "one-of", field: "level" }], [{ level: "　专科 " }]))).toEqual([]);
  });

  it("refuses a one-of rule on a field that is not one-of", () => {
    expect(() => parsePack(packJson([{ kind: "one-of", field: "phone" }]))).toThrow("rules[0].field: 字段 phone 的类型是 phone，这里须为 one-of");
  });
});

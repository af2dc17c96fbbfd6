import { readFileSync } from "node:fs";
import { join } from "node:path";
import kunnanJson from "../../../assets/templates/kunnan-jiating.json";
import laomoJson from "../../../assets/templates/laomo-weiwen.json";
import { identifyingFields } from "../../../src/core/template/identifying-fields";
import { parsePack } from "../../../src/core/template/load-pack";

const copy = (json: unknown): Record<string, any> => JSON.parse(JSON.stringify(json));

function problems(json: unknown): string[] {
  try {
    parsePack(json);
  } catch (error) {
    return (error as Error & { messageZh: string }).messageZh.replace(/^模板有误：/, "").split("；");
  }
  return [];
}

describe("the columns that identify a form", () => {
  it("are the pack's own identify list when it names one (劳模慰问: 劳模级别, 是否困难劳模, 荣誉称号, 授予年份)", () => {
    expect(identifyingFields(parsePack(laomoJson))).toEqual(["modelLevel", "inHardship", "honour", "honourYear"]);
  });

  it("are derived for a pack that names none: never the person, ID, phone, region (社区), 序号 or 备注", () => {
    const json = copy(kunnanJson);
    delete json.identify;
    expect(identifyingFields(parsePack(json))).toEqual(["familyType", "familySize", "address", "amount", "goods"]);
  });

  it("a derived list leaves out a field whose every heading is one every roster has (a money field headed only 金额)", () => {
    const json = copy(kunnanJson);
    delete json.identify;
    json.fields[7] = { key: "amount", label: "金额", type: "money" };
    expect(identifyingFields(parsePack(json))).not.toContain("amount");
  });

  it("refuses an identify entry naming an unknown field, or one whose headings are all generic (姓名)", () => {
    const json = copy(laomoJson);
    json.identify = ["modelLevel", "levle", "remark"];
    json.fields.find((field: { key: string }) => field.key === "remark").aliases = ["金额"];
    expect(problems(json)).toEqual(["identify[1]: 未知字段 levle", "identify[2]: 字段 remark 的表头（备注）是每张名册都有的通用列，不能用来识别报表"]);
  });

  it("every bundled pack names its identifying columns", () => {
    for (const id of ["songwennuan", "jinqiu-zhuxue", "laomo-weiwen", "kunnan-jiating"]) {
      const pack = parsePack(JSON.parse(readFileSync(join(__dirname, "../../../assets/templates", `${id}.json`), "utf8")));
      expect([id, (pack.identify ?? []).length > 0]).toEqual([id, true]);
    }
  });
});

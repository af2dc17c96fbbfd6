import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseColumnMap } from "../../src/core/check/column-map";
import { readPack } from "../../src/core/template/load-pack";
import { applyRuleOverrides } from "../../src/core/template/load-template";
import { JSON_LIMITS } from "../../src/core/template/json-limits";
import { SONGWENNUAN_PACK, SONGWENNUAN_TEMPLATE } from "../../src/core/template/songwennuan";
import { renderSummary } from "../../src/core/summary/render-summary";
import { figures, HAMI, region } from "../core/summary/figures";
import { tempDir } from "../adapters/xlsx/workbook-files";
import { writeRoster } from "../apps/cli/rosters";
import { buildCli, runCli } from "../apps/cli/run-cli";
import {
  bigTablePack,
  constructorPackText,
  deepJsonText,
  longAliasPack,
  manyFieldsPack,
  manySectionsPack,
  protoPackText,
  protoRulesText,
} from "./generators/hostile-packs";

jest.setTimeout(120_000);

const dir = tempDir();
const problems = (json: unknown) => readPack(json).problems.map((problem) => `${problem.path}: ${problem.zh}`);

describe("packs, rules and templates are bounded and safe", () => {
  it("a --rules file with a __proto__ key is refused by name, not read as a minimum for everyone", async () => {
    buildCli();
    const rules = join(dir, "proto-rules.json");
    writeFileSync(rules, protoRulesText());
    const run = runCli(["check", await writeRoster(dir, "roster.xlsx"), "--rules", rules]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("rules.minimums[2].__proto__: 不允许使用键名“__proto__”");
    expect(run.stdout).toBe("");
  });

  it("__proto__ and constructor are refused anywhere in a pack", () => {
    expect(problems(JSON.parse(protoPackText()))).toEqual(["rules[1].table[1].when.__proto__: 不允许使用键名“__proto__”"]);
    expect(problems(JSON.parse(constructorPackText()))).toEqual(["fields[3].term.constructor: 不允许使用键名“constructor”"]);
    expect(() => applyRuleOverrides(SONGWENNUAN_TEMPLATE, JSON.parse('{"fields":[{"key":"name","prototype":{}}]}'))).toThrow("fields[0].prototype: 不允许使用键名“prototype”");
    expect(() => parseColumnMap(JSON.parse('{"__proto__":"name"}'), ["name"])).toThrow("保留字");
  });

  it("each cap is refused with a message naming where", () => {
    expect(problems(bigTablePack(JSON_LIMITS.tableRows + 1))).toEqual([`rules[1].table: 表中条目有 ${JSON_LIMITS.tableRows + 1} 个，最多 ${JSON_LIMITS.tableRows} 个`]);
    expect(problems(manyFieldsPack(JSON_LIMITS.fields))).toEqual([expect.stringMatching(/^fields: 列有 \d+ 个，最多 200 个$/)]);
    expect(problems(longAliasPack(JSON_LIMITS.textLength + 1))).toEqual([expect.stringMatching(/^fields\[3\]\.aliases\[\d+\]: 长 201 字，最多 200 字$/)]);
    const aliases = Array.from({ length: JSON_LIMITS.listItems + 1 }, (_, at) => `卡${at}`);
    expect(problems({ ...SONGWENNUAN_PACK, payment: { ...SONGWENNUAN_PACK.payment, bankAliases: aliases } })).toEqual([`payment.bankAliases: 发放方式有 1001 个，最多 1000 个`]);
    expect(problems(manySectionsPack(JSON_LIMITS.summarySections + 1))).toEqual(["summaries[0].text: {#…} 段落有 51 个，最多 50 个"]);
    expect(problems(JSON.parse(deepJsonText(JSON_LIMITS.depth + 1)))[0]).toMatch(/嵌套超过 32 层/);
    const tooMany = { rules: { minimums: Array.from({ length: JSON_LIMITS.tableRows + 1 }, () => ({ minYuan: 1000 })) } };
    expect(() => applyRuleOverrides(SONGWENNUAN_TEMPLATE, tooMany)).toThrow(`rules.minimums: 有 ${JSON_LIMITS.tableRows + 1} 项，最多 ${JSON_LIMITS.tableRows} 项`);
  });

  it("the bundled packs are well inside the caps", () => {
    expect(problems(bigTablePack(JSON_LIMITS.tableRows))).toEqual([]);
  });
});

describe("a summary is bounded", () => {
  it("a template of too many sections is refused; a rendered paragraph past the cap is cut and says so", () => {
    expect(() => renderSummary("{#各地区}{地区}{/各地区}".repeat(JSON_LIMITS.summarySections + 1), HAMI)).toThrow("总结模板过大");
    const regions = Array.from({ length: 5_000 }, (_, i) => region(`${"很长的地区名".repeat(8)}${i}`, 1, 0, 1000));
    const rendered = renderSummary("{#各地区}{地区}{/各地区}", figures(regions));
    expect(rendered.text.length).toBeLessThanOrEqual(JSON_LIMITS.renderedSummaryLength + 2);
    expect(rendered.text.endsWith("……")).toBe(true);
    expect(rendered.warnings).toContain(`总结超过 ${JSON_LIMITS.renderedSummaryLength} 字，已截断 / The summary is over ${JSON_LIMITS.renderedSummaryLength} characters and was cut`);
  });
});

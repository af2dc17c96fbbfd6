import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openWorkbook } from "../../../src/adapters/xlsx/open-workbook";
import { checkGrid } from "../../../src/core/check/check-grid";
import type { CheckResult } from "../../../src/core/check/types";
import { draftFromSheet } from "../../../src/core/draft/draft-from-sheet";
import { draftPack } from "../../../src/core/draft/draft-pack";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";
import type { Template } from "../../../src/core/template/schema";
import { plantedVerdicts, verdicts } from "../../templates/pack-sample-check";
import { YILIAO_SAMPLE } from "../../../scripts/samples/yiliao-roster";
import { BANGFU_SAMPLE } from "../../../scripts/samples/bangfu-roster";

const SAMPLES = join(__dirname, "../../../assets/samples");

async function grid(file: string) {
  const opened = await openWorkbook(new Uint8Array(readFileSync(join(SAMPLES, file))), file);
  return opened.sheets[0];
}

async function check(template: Template, file: string, today: Date): Promise<CheckResult> {
  const sheet = await grid(file);
  return checkGrid(template, { sheet: sheet.name, rows: sheet.rows, firstRow: sheet.firstRow, today });
}

/** The draft of a sample's clean copy, its guesses accepted as they are, loaded as any pack is. */
async function acceptedDraft(file: string): Promise<Template> {
  const sheet = await grid(file);
  const draft = draftFromSheet(sheet.rows, { firstRow: sheet.firstRow, fallbackName: file })!;
  return packToTemplate(parsePack(JSON.parse(JSON.stringify(draft.pack))));
}

describe("draftFromSheet on the bundled samples", () => {
  const today = new Date(Date.UTC(2025, 11, 31));

  it("医疗互助: the draft checks the clean sample exactly as the shipped pack does — no issue, the same 互助金额 total and units", async () => {
    const draft = await acceptedDraft("yiliao-huzhu-hami.xlsx");
    expect(draft.name).toBe("哈密市总工会2025年上半年职工住院医疗互助给付明细表");
    const byDraft = await check(draft, "yiliao-huzhu-hami.xlsx", today);
    const shipped = packToTemplate(parsePack(JSON.parse(readFileSync(join(__dirname, "../../../assets/templates/yiliao-huzhu.json"), "utf8"))));
    const byPack = await check(shipped, "yiliao-huzhu-hami.xlsx", today);
    expect(verdicts(byDraft)).toEqual([]);
    expect(byDraft.total).toEqual(byPack.total);
    expect(byDraft.total.amountFen).toBe(7_608_500);
    expect(byDraft.regions).toEqual(byPack.regions);
  });

  it("医疗互助: on the defects copy it finds every planted defect its guessed rules cover (住院号 is plain text to it)", async () => {
    const draft = await acceptedDraft("yiliao-huzhu-hami.xlsx");
    const found = verdicts(await check(draft, "yiliao-huzhu-hami-defects.xlsx", today));
    const planted = plantedVerdicts(YILIAO_SAMPLE)
      .filter((verdict) => !verdict.includes("duplicate-value"))
      // The sheet shows three stays at most, so a fourth is over the draft's limit, an error until the clerk says warning.
      .map((verdict) => verdict.replace("too-many-records warning", "too-many-records error"));
    expect(found).toEqual(planted);
  });

  it("帮扶台账: several records per person are taken as the sheet shows them (at most 6), not as duplicates", async () => {
    const sheet = await grid("kunnan-bangfu-hami.xlsx");
    const draft = draftFromSheet(sheet.rows, { firstRow: sheet.firstRow, fallbackName: "台账" })!;
    expect(draft.perPerson).toBe(6);
    expect(draft.pack.rules).toContainEqual({ kind: "records-per-person", max: 6 });
    const template = packToTemplate(parsePack(JSON.parse(JSON.stringify(draft.pack))));
    expect(verdicts(await check(template, "kunnan-bangfu-hami.xlsx", today))).toEqual([]);
    const found = verdicts(await check(template, "kunnan-bangfu-hami-defects.xlsx", today));
    expect(found).toEqual(expect.arrayContaining(["E7 required-missing error", "F15 value-not-in-list error", "D60 too-many-records error"]));
    expect(found.length).toBeLessThanOrEqual(plantedVerdicts(BANGFU_SAMPLE).length);
  });

  it("a draft whose clerk left two money columns both out of the sum is refused, naming them", async () => {
    const sheet = await grid("yiliao-huzhu-hami.xlsx");
    const draft = draftFromSheet(sheet.rows, { firstRow: sheet.firstRow, fallbackName: "x" })!;
    const choices = draft.choices.map((choice) => ({ ...choice, sum: false }));
    const pack = draftPack(choices, { name: "医疗互助", subtotals: draft.subtotals, perPerson: draft.perPerson, rules: draft.rules });
    expect(() => parsePack(JSON.parse(JSON.stringify(pack)))).toThrow(/有3个金额字段：医疗总费用（元）（医疗总费用）、自付金额（元）（自付金额）、互助金额（元）（互助金额）/);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkRosterSheets } from "../../../src/adapters/xlsx/check-roster-sheets";
import { openWorkbookFile } from "../../../src/adapters/xlsx/workbook-file";
import { Consolidation } from "../../../src/core/consolidate/consolidation";
import type { FormReportInput, ReportInput } from "../../../src/core/report/report-input";
import { reportSentence } from "../../../src/core/report/report-sentence";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";

const SAMPLES = join(__dirname, "../../../assets/samples");
export const SUBMISSIONS = join(SAMPLES, "submissions");
export const LAOMO = join(SAMPLES, "laomo-weiwen-hami.xlsx");
export const SIGNED = { year: 2026, month: 1, day: 23 };

export const formById = (id: string) => BUNDLED_TEMPLATES.find((template) => template.id === id)!;

/** One form's files checked and consolidated as the CLI does, with the form's report sentence. */
export async function formInput(id: string, paths: readonly string[]): Promise<FormReportInput> {
  const template = formById(id);
  const consolidation = new Consolidation();
  for (const path of paths) {
    const file = path.replace(/^.*\//, "");
    const { checked, skipped } = await checkRosterSheets(await openWorkbookFile(new Uint8Array(readFileSync(path)), file), template, { collectPeople: true });
    for (const result of checked) consolidation.add(file, result);
    consolidation.skip(file, skipped);
  }
  const consolidated = consolidation.finish();
  return { template, consolidated, sentence: reportSentence(template, consolidated) };
}

export const submissionPaths = () => readdirSync(SUBMISSIONS).sort().map((name) => join(SUBMISSIONS, name));

/** 篇3's run: the four units' 送温暖 submissions and the 76-person 劳模 roster. */
export async function hamiRun(): Promise<ReportInput> {
  return { forms: [await formInput("songwennuan", submissionPaths()), await formInput("laomo-weiwen", [LAOMO])], date: SIGNED };
}

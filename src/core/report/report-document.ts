import { skipReasonWords } from "../consolidate/skip-reasons";
import { tallyLabels } from "../subtotals/tally-labels";
import { toFill, type FormReportInput, type ReportInput } from "./report-input";
import { statsTable, type StatsTable } from "./stats-table";

/** The report as blocks, in order; the Word writer (adapters/docx) sets each the way such reports are set. */
export type ReportBlock =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "table"; readonly table: StatsTable }
  /** The 落款: 填报单位 and date, right-aligned. */
  | { readonly kind: "signature"; readonly lines: readonly string[] };

export interface ReportDocument {
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
}

const NUMBERS = "一二三四五六七八九十";

/**
 * The built-in report, shaped like 篇3 (the 地区 clerk's 送温暖 report): title; 一、活动开展情况 for the
 * clerk to write; 二、慰问人员及慰问金发放情况, a numbered sentence per form of the run (送温暖's (1), the
 * 劳模 roster's (2)); 三、统计表, one table per form; the 落款. With one form it is that form's report.
 * Whatever the figures leave out (errors not yet corrected, sheets not checked) is said in a 【请核实】
 * paragraph before the 落款, so the report never goes up looking complete when it is not.
 */
export function reportDocument(input: ReportInput): ReportDocument {
  const unit = input.unit?.trim() ?? "";
  const title = `${unit}${activityName(input.forms[0])}活动总结`;
  const blocks: ReportBlock[] = [
    { kind: "title", text: title },
    { kind: "heading", text: "一、活动开展情况" },
    { kind: "paragraph", text: toFill("活动开展情况——时间、领导带队走访、座谈会等，由经办人填写") },
    { kind: "heading", text: "二、慰问人员及慰问金发放情况" },
    ...input.forms.map((form, i): ReportBlock => ({ kind: "paragraph", text: `${input.forms.length > 1 ? `（${i + 1}）` : ""}${form.sentence.text}` })),
    { kind: "heading", text: "三、统计表" },
    ...input.forms.flatMap((form, i): ReportBlock[] => {
      const table = statsTable(form.consolidated.crossTab, tallyLabels(form.template), form.template.name);
      const caption = input.forms.length > 1 ? `表${NUMBERS[i] ?? i + 1}　${table.caption}` : table.caption;
      return [{ kind: "table", table: { ...table, caption } }];
    }),
  ];
  const unchecked = leftOut(input.forms);
  if (unchecked.length > 0) blocks.push({ kind: "paragraph", text: `【请核实：${unchecked.join("；")}。核实后删去此段。】` });
  const { year, month, day } = input.date;
  blocks.push({ kind: "signature", lines: [unit === "" ? toFill("填报单位") : unit, `${year}年${month}月${day}日`] });
  return { title, blocks };
}

/** 送温暖慰问花名册 → 送温暖慰问: the form's name without the word for the list. */
function activityName(form: FormReportInput): string {
  return form.template.name.replace(/(花名册|名册|名单)$/, "");
}

/** What the figures do not cover, per form: uncorrected errors, sheets not checked, rounding the sentence notes. */
function leftOut(forms: readonly FormReportInput[]): string[] {
  return forms.flatMap(({ template, consolidated, sentence }) => {
    const notes: string[] = [];
    for (const file of consolidated.skippedFiles) if (file.why === "unreadable") notes.push(`${file.file} 未能读取，不在数字里`);
    const errors = consolidated.submissions.reduce((sum, submission) => sum + submission.errors, 0);
    if (errors > 0) notes.push(`${template.name}还有 ${errors} 处错误未改正，以上数字按名单现状计算`);
    // The product's own result sheets hold no roster; every other sheet passed over might.
    const skipped = consolidated.skippedSheets.filter((sheet) => sheet.reason !== "results");
    if (skipped.length > 0) {
      const sheets = skipped.map((sheet) => `${sheet.file} › ${sheet.sheet}（${skipReasonWords(sheet)}）`);
      notes.push(`${template.name}有 ${sheets.length} 个工作表未校验、不在数字里：${sheets.join("、")}`);
    }
    for (const warning of sentence.warnings) notes.push(warning.split(" / ")[0]);
    return notes;
  });
}

import Docxtemplater from "docxtemplater";
import PizZip from "pizzip";
import { ReportError } from "../../core/errors";
import type { ReportInput } from "../../core/report/report-input";
import { ReportValues, templateUnreadable, type ReportScope } from "../../core/report/report-values";
import type { TagPlace } from "../../core/summary/parse-summary-template";
import type { SectionName } from "../../core/summary/placeholders";

/** What filling the clerk's template gives: the .docx, and what the clerk should look at before sending it. */
export interface FilledReport {
  readonly bytes: Uint8Array;
  /** Figures left as 【请填写】, names found in several forms: each a sentence. */
  readonly notes: readonly string[];
}

/**
 * The clerk's own Word template (篇4 with its x's written as placeholders) filled from the run's
 * figures, everything else in it kept as the clerk set it. docxtemplater reads the tags, joining
 * the pieces of a tag Word split across runs, and fills them with our language (core/report/report-values.ts):
 *
 * 1. a first pass claims every tag (a matcher ahead of docxtemplater's loops) and writes it back
 *    whole into one run, checking each against the language where it stands — an unknown name is an
 *    error naming it and its paragraph — and moving a section's separator (`{/各地区|，}`) into a
 *    tag of its own at the section's start, since docxtemplater's loops know no separators;
 * 2. a second pass is docxtemplater's own, loops and all, with our values (its parser evaluates
 *    no code: the template is data, as a workbook received from another unit is).
 */
export function fillReportTemplate(templateBytes: Uint8Array, templateName: string, input: ReportInput): FilledReport {
  const values = new ReportValues(input);
  const separators: string[] = [];
  const normalized = render(templateBytes, templateName, { modules: [tagChecker(values, separators)], errorLogging: false }, {});
  const filled = render(normalized, templateName, { paragraphLoop: true, parser: valueParser(values, separators), nullGetter: () => "", errorLogging: false }, values.top());
  return { bytes: filled, notes: [...values.notes] };
}

const SEPARATOR_TAG = "__报表助手分隔";

function render(bytes: Uint8Array, templateName: string, options: object, data: unknown): Uint8Array {
  let zip: PizZip;
  try {
    zip = new PizZip(bytes);
  } catch {
    throw templateUnreadable(templateName, { zh: "不是 Word 文档（.docx）", en: "it is not a Word document (.docx)" });
  }
  try {
    const doc = new Docxtemplater(zip, options);
    doc.render(data as object);
    return doc.getZip().generate({ type: "uint8array", compression: "DEFLATE" });
  } catch (error) {
    throw asReportError(error, templateName);
  }
}

/** docxtemplater's errors (an unclosed “{”, a file that is not Word's) as one line the clerk can act on. */
function asReportError(error: unknown, templateName: string): unknown {
  if (error instanceof ReportError) return error;
  const properties = (error as { properties?: { errors?: { properties?: { explanation?: string; xtag?: string; context?: string } }[]; explanation?: string } }).properties;
  if (properties === undefined) return error;
  const first = properties.errors?.[0]?.properties ?? properties;
  const tag = "xtag" in first && first.xtag ? `“${first.xtag}”处：` : "";
  const explanation = first.explanation ?? String(error);
  return templateUnreadable(templateName, {
    zh: `${tag}花括号不成对或占位符写法有误（${explanation}）；要写花括号本身请写“{{”“}}”`,
    en: `${tag}unbalanced braces or a malformed placeholder (${explanation})`,
  });
}

interface Part {
  readonly type: string;
  readonly tag?: string;
  readonly position?: string;
  readonly value: string;
  readonly module?: string;
}

const CHECKED = "report-tag";

/** Pass 1: each tag checked where it stands and written back whole (see fillReportTemplate). */
function tagChecker(values: ReportValues, separators: string[]) {
  let section: { name: SectionName; written: string; separatorAt: number; place: TagPlace } | null = null;
  let file = "";
  let paragraph = 0;
  let paragraphText = "";
  let inText = false;
  const place = (): TagPlace => {
    const before = paragraphText.length > 12 ? `…${paragraphText.slice(-12)}` : paragraphText;
    const where = PART_NAMES.find(([pattern]) => pattern.test(file))?.[1] ?? { zh: file, en: file };
    return {
      zh: `报告模板${where.zh}第 ${paragraph} 段${before ? `“${before}”之后` : ""}`,
      en: `Report template, ${where.en} paragraph ${paragraph}${before ? ` after "${before}"` : ""}`,
    };
  };
  return {
    name: "ReportTagChecker",
    matchers: () => [[/^([\s\S]*)$/, CHECKED, { priority: 1000 }]],
    render(part: Part, options: { filePath: string }) {
      if (options.filePath !== file) {
        file = options.filePath;
        paragraph = 0;
        section = null;
      }
      if (part.type === "tag" && part.tag === "w:p" && part.position === "start") {
        paragraph++;
        paragraphText = "";
      }
      if (part.type === "tag" && part.tag === "w:t") inText = part.position === "start";
      if (part.type === "content" && inText) paragraphText += unescapeXml(part.value);
      if (part.module !== CHECKED) return null;
      const here = place();
      const tag = values.tag(part.value, section?.name ?? null, here);
      let written = part.value;
      if (tag.kind === "open") {
        if (section !== null) {
          throw new ReportError("summary-template-invalid", `${here.zh}：{#${tag.written}} 不能写在 {#${section.written}}…{/${section.written}} 里面`, `${here.en}: {#${tag.written}} cannot be nested inside {#${section.written}}`);
        }
        section = { name: tag.section, written: tag.written, separatorAt: separators.length, place: here };
        separators.push("");
        written = `#${tag.written}}{${SEPARATOR_TAG}${section.separatorAt}`;
      } else if (tag.kind === "close") {
        if (section === null || section.written !== tag.written) {
          throw new ReportError("summary-template-invalid", `${here.zh}：{/${tag.written}} 前面没有对应的 {#${tag.written}}`, `${here.en}: {/${tag.written}} has no matching {#${tag.written}}`);
        }
        separators[section.separatorAt] = tag.separator ?? "、";
        written = `/${tag.written}`;
        section = null;
      }
      paragraphText += `{${part.value}}`;
      return { value: escapeXml(`{${written}}`) };
    },
  };
}

const PART_NAMES: readonly [RegExp, { zh: string; en: string }][] = [
  [/document\.xml$/, { zh: "正文", en: "body" }],
  [/header\d*\.xml$/, { zh: "页眉", en: "header" }],
  [/footer\d*\.xml$/, { zh: "页脚", en: "footer" }],
  [/footnotes\.xml$/, { zh: "脚注", en: "footnotes" }],
];

/** Pass 2: docxtemplater asks for each tag's value in the scope of the section it is in. */
function valueParser(values: ReportValues, separators: readonly string[]) {
  const sectionOf = (name: string | undefined): SectionName | null => {
    if (name === undefined) return null;
    const opened = values.tag(`#${name}`, null, NO_PLACE);
    return opened.kind === "open" ? opened.section : null;
  };
  return (tag: string, meta: { tag?: { module?: string } }) => {
    if (tag.startsWith(SEPARATOR_TAG)) {
      const separator = separators[Number(tag.slice(SEPARATOR_TAG.length))] ?? "";
      return { get: (_scope: unknown, context: { scopePathItem: number[] }) => ((context.scopePathItem.at(-1) ?? 0) > 0 ? separator : "") };
    }
    if (meta.tag?.module === "loop") {
      const section = sectionOf(tag)!;
      return { get: (scope: ReportScope | null) => values.items(section, scope) };
    }
    // Every tag was checked where it stands in pass 1, so this does not throw; the section it is
    // in is known only when it is evaluated (docxtemplater compiles tags before it pairs loops).
    return {
      get: (scope: ReportScope | null, context: { scopePath: string[] }) => {
        const value = values.tag(tag, sectionOf(context.scopePath.at(-1)), NO_PLACE);
        return value.kind === "value" ? value.text(scope) : "";
      },
    };
  };
}

const NO_PLACE: TagPlace = { zh: "报告模板", en: "Report template" };

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

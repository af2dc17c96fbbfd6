import { ReportError } from "../errors";
import { nearestName } from "./nearest-name";
import { JSON_LIMITS, summarySectionCount } from "../template/json-limits";
import {
  DEFAULT_SECTION_SEPARATOR,
  PLACEHOLDERS,
  SECTION_NAMES,
  placeholderInfo,
  type PlaceholderScope,
  type SectionName,
  type ValueName,
} from "./placeholders";

/** `{困难职工.户数}`: a quantity of the one region, group or unit named so, looked up when rendered. */
export interface PickNode {
  readonly kind: "pick";
  readonly label: string;
  readonly name: ValueName;
}

export type InlineNode = { readonly kind: "text"; readonly text: string } | { readonly kind: "value"; readonly name: ValueName } | PickNode;

/** A template pack's dimension as summaries name it: {#入学层次}…{入学层次}…{/入学层次} repeats its role's section. */
export interface SummaryDimension {
  readonly name: string;
  readonly section: SectionName;
}

/** The label each section repeats over. */
const SECTION_LABELS: Readonly<Record<SectionName, ValueName>> = { 各地区: "地区", 各类别: "类别", 各单位: "单位" };

/** Quantities a value by name may pick. */
const PICKABLE: ReadonlySet<string> = new Set(["户数", "劳模户数", "金额万元", "金额亿元", "金额元", "金额大写"]);

export interface SectionNode {
  readonly kind: "section";
  readonly name: SectionName;
  readonly body: readonly InlineNode[];
  readonly separator: string;
}

/**
 * `{?劳模级别:全国,省部级}…{/?}`: the text shown only when every counted row's value of the dimension
 * is one of those listed; `{!…}…{/!}` only when some row's is not. With nothing counted neither is
 * shown, so a sentence never claims what the rows do not show.
 */
export interface WhenNode {
  readonly kind: "when";
  readonly section: SectionName;
  readonly values: readonly string[];
  /** true for {?…}, false for {!…}. */
  readonly every: boolean;
  readonly body: readonly (InlineNode | SectionNode)[];
}

export type SummaryNode = InlineNode | SectionNode | WhenNode;

/** A template parsed once; render it as often as the figures change. */
export interface ParsedSummary {
  readonly nodes: readonly SummaryNode[];
  /** Things that parse but probably are not what the clerk meant. */
  readonly warnings: readonly string[];
}

interface OpenWhen {
  readonly section: SectionName;
  readonly values: readonly string[];
  readonly every: boolean;
  readonly position: number;
  readonly body: (InlineNode | SectionNode)[];
}

interface OpenSection {
  readonly name: SectionName;
  /** As opened: 各地区, or a dimension's name (地区, 入学层次). */
  readonly written: string;
  readonly position: number;
  readonly body: InlineNode[];
}

/**
 * Parses the placeholder language of docs/summary-templates.md. Throws
 * ReportError("summary-placeholder-unknown") for a name that is not valid where it stands and
 * ReportError("summary-template-invalid") for broken structure, both with the 1-based character
 * position.
 */
export function parseSummaryTemplate(text: string, dimensions: readonly SummaryDimension[] = []): ParsedSummary {
  const sections = summarySectionCount(text);
  if (text.length > JSON_LIMITS.summaryLength || sections > JSON_LIMITS.summarySections) {
    throw new ReportError(
      "summary-template-invalid",
      `总结模板过大（${text.length} 字、${sections} 个 {#…} 段落；上限 ${JSON_LIMITS.summaryLength} 字、${JSON_LIMITS.summarySections} 段）`,
      `Summary template too large (${text.length} characters, ${sections} {#…} sections; at most ${JSON_LIMITS.summaryLength} and ${JSON_LIMITS.summarySections})`,
    );
  }
  const nodes: SummaryNode[] = [];
  let open: OpenSection | null = null;
  let when: OpenWhen | null = null;
  let literal = "";
  const emit = (node: InlineNode) => (open ? open.body : when ? when.body : nodes).push(node);
  const flush = () => {
    if (literal) emit({ kind: "text", text: literal });
    literal = "";
  };

  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if ((ch === "{" || ch === "}") && text[i + 1] === ch) {
      literal += ch;
      i += 2;
      continue;
    }
    if (ch === "}") throw invalid(at(i), "单独的“}”；要写花括号本身请写“}}”", "a lone '}'; write '}}' for a literal brace");
    if (ch !== "{") {
      literal += ch;
      i++;
      continue;
    }

    const end = text.indexOf("}", i + 1);
    const nested = text.indexOf("{", i + 1);
    if (end < 0 || (nested >= 0 && nested < end)) {
      throw invalid(at(i), "“{”没有对应的“}”；要写花括号本身请写“{{”", "'{' is not closed; write '{{' for a literal brace");
    }
    flush();
    const inner = text.slice(i + 1, end);
    if (/^[?!]/.test(inner)) {
      if (open) throw invalid(at(i), `{${inner}} 不能写在 {#${open.written}}…{/${open.written}} 里面`, `{${inner}} cannot be inside {#${open.written}}`);
      if (when) throw invalid(at(i), `{${inner}} 不能写在另一个 {?…}/{!…} 里面`, `{${inner}} cannot be inside another {?…} or {!…}`);
      when = { ...condition(inner, dimensions, at(i)), position: i, body: [] };
      i = end + 1;
      continue;
    }
    if (inner === "/?" || inner === "/!") {
      if (open) throw invalid(at(i), `{#${open.written}} 没有结束，请在 {${inner}} 前写 {/${open.written}}`, `{#${open.written}} is not closed before {${inner}}`);
      if (!when || when.every !== (inner === "/?")) throw invalid(at(i), `{${inner}} 前面没有对应的 {${inner[1]}…}`, `{${inner}} has no matching {${inner[1]}…}`);
      nodes.push({ kind: "when", section: when.section, values: when.values, every: when.every, body: when.body });
      when = null;
      i = end + 1;
      continue;
    }
    const tag = parseTag(text.slice(i + 1, end), open ? open.name : "top", dimensions, at(i));
    if (tag.kind === "open") {
      if (open) {
        throw invalid(at(i), `{#${tag.written}} 不能写在 {#${open.written}}…{/${open.written}} 里面`, `{#${tag.written}} cannot be nested inside {#${open.written}}`);
      }
      open = { name: tag.name, written: tag.written, position: i, body: [] };
    } else if (tag.kind === "close") {
      if (!open) throw invalid(at(i), `{/${tag.written}} 前面没有对应的 {#${tag.written}}`, `{/${tag.written}} has no matching {#${tag.written}}`);
      if (tag.written !== open.written) {
        throw invalid(at(i), `{/${tag.written}} 与第 ${open.position + 1} 个字符处的 {#${open.written}} 不配对`, `{/${tag.written}} does not close {#${open.written}} opened at character ${open.position + 1}`);
      }
      (when ? when.body : nodes).push({ kind: "section", name: open.name, body: open.body, separator: tag.separator ?? DEFAULT_SECTION_SEPARATOR });
      open = null;
    } else {
      emit(tag);
    }
    i = end + 1;
  }
  flush();
  if (open) throw invalid(at(open.position), `{#${open.written}} 没有结束，请在后面写 {/${open.written}}`, `{#${open.written}} is never closed with {/${open.written}}`);
  if (when) {
    const mark = when.every ? "?" : "!";
    throw invalid(at(when.position), `{${mark}…} 没有结束，请在后面写 {/${mark}}`, `{${mark}…} is never closed with {/${mark}}`);
  }

  const warnings = /[｛｝]/.test(text)
    ? ["模板里有全角花括号“｛｝”，它们按原样输出；占位符要用半角 { } / The template has full-width braces ｛｝, which are output as they are; placeholders need ASCII { }"]
    : [];
  return { nodes, warnings };
}

/** `?劳模级别:全国,省部级` (or `!…`): the dimension (or 各类别…) and the values listed, split at , ， or 、. */
function condition(inner: string, dimensions: readonly SummaryDimension[], place: TagPlace): Pick<OpenWhen, "section" | "values" | "every"> {
  const colon = inner.search(/[:：]/);
  const name = (colon < 0 ? inner.slice(1) : inner.slice(1, colon)).trim();
  const values = colon < 0 ? [] : inner.slice(colon + 1).split(/[,，、]/).map((value) => value.trim()).filter((value) => value !== "");
  if (values.length === 0) throw invalid(place, `{${inner}} 须写出取值，如 {?劳模级别:全国,省部级}`, `{${inner}} needs its values, as in {?劳模级别:全国,省部级}`);
  const section = SECTION_NAMES.find((s) => s === name) ?? dimensions.find((d) => d.name === name)?.section;
  if (section === undefined) throw unknown(`{${inner}}`, place, { scope: "top", dimensions, alsoValid: [] }, null, nearestSection(name, dimensions));
  return { section, values, every: inner[0] === "?" };
}

/** Where a placeholder stands, as an error names it: a character of a summary template, or a paragraph of a Word template. */
export interface TagPlace {
  readonly zh: string;
  readonly en: string;
}

const at = (position: number): TagPlace => ({ zh: `总结模板第 ${position + 1} 个字符处`, en: `Summary template, character ${position + 1}` });

/** One tag, as written between the braces: a section opened or closed, or a value. */
export type ParsedTag =
  | { readonly kind: "open"; readonly name: SectionName; readonly written: string }
  | { readonly kind: "close"; readonly written: string; readonly separator?: string }
  | InlineNode;

/**
 * What `{inner}` is where it stands (`scope`: outside sections, or inside one), or
 * ReportError("summary-placeholder-unknown") naming it at `place`: the summary templates and the
 * clerk's Word template (core/report) read their tags through this one function.
 */
export function parseTag(inner: string, scope: PlaceholderScope, dimensions: readonly SummaryDimension[], place: TagPlace, alsoValid: readonly string[] = []): ParsedTag {
  const known: KnownNames = { scope, dimensions, alsoValid };
  if (inner.startsWith("#")) {
    const written = inner.slice(1).trim();
    return { kind: "open", name: sectionName(written, place, known), written };
  }
  if (inner.startsWith("/")) {
    const bar = inner.indexOf("|");
    const written = (bar < 0 ? inner.slice(1) : inner.slice(1, bar)).trim();
    return bar < 0 ? { kind: "close", written } : { kind: "close", written, separator: inner.slice(bar + 1) };
  }
  return valueNode(inner.trim(), place, known);
}

/** What is valid where a tag stands: its scope, the pack's dimensions, and names a caller adds ({填报单位} in a Word template). */
interface KnownNames {
  readonly scope: PlaceholderScope;
  readonly dimensions: readonly SummaryDimension[];
  readonly alsoValid: readonly string[];
}

function valueNode(name: string, position: TagPlace, known: KnownNames): InlineNode {
  const dot = name.lastIndexOf(".");
  if (dot > 0 && PICKABLE.has(name.slice(dot + 1))) return { kind: "pick", label: name.slice(0, dot), name: name.slice(dot + 1) as ValueName };
  // Inside a dimension's loop its name is the current value's label ({入学层次} in {#入学层次}).
  const dimension = known.dimensions.find((d) => d.name === name && d.section === known.scope);
  if (dimension !== undefined) return { kind: "value", name: SECTION_LABELS[dimension.section] };
  return { kind: "value", name: valueName(name, position, known) };
}

function valueName(name: string, position: TagPlace, known: KnownNames): ValueName {
  const info = placeholderInfo(name);
  if (info?.kind === "value" && info.scopes.includes(known.scope)) return info.name as ValueName;
  throw unknown(`{${name}}`, position, known, info ? whereValid(info.scopes) : null, nearestValue(name, known));
}

function sectionName(name: string, position: TagPlace, known: KnownNames): SectionName {
  const section = SECTION_NAMES.find((s) => s === name) ?? known.dimensions.find((d) => d.name === name)?.section;
  if (section) return section;
  throw unknown(`{#${name}}`, position, known, null, nearestSection(name, known.dimensions));
}

/** The value tag `name` most likely meant where it stands: {送温暖.金额} → {送温暖.金额元}, {人数} → {户数}. */
function nearestValue(name: string, known: KnownNames): string | null {
  const dot = name.lastIndexOf(".");
  if (dot > 0) {
    const quantity = nearestName(name.slice(dot + 1), [...PICKABLE]);
    return quantity === null ? null : `{${name.slice(0, dot)}.${quantity}}`;
  }
  const values = PLACEHOLDERS.filter((p) => p.kind === "value" && p.scopes.some((s) => s === known.scope)).map((p) => p.name);
  const dimensions = known.dimensions.filter((d) => d.section === known.scope).map((d) => d.name);
  const nearest = nearestName(name, [...known.alsoValid, ...values, ...dimensions]);
  return nearest === null ? null : `{${nearest}}`;
}

function nearestSection(name: string, dimensions: readonly SummaryDimension[]): string | null {
  const nearest = nearestName(name, [...SECTION_NAMES, ...dimensions.map((d) => d.name)]);
  return nearest === null ? null : `{#${nearest}}`;
}

function whereValid(scopes: readonly PlaceholderScope[]): { zh: string; en: string } {
  return scopes.includes("top")
    ? { zh: "只能写在 {#…}…{/…} 段落之外", en: "only outside sections" }
    : { zh: `只能写在 ${scopes.map((s) => `{#${s}}…{/${s}}`).join(" 或 ")} 里面`, en: `only inside ${scopes.map((s) => `{#${s}}`).join(" or ")}` };
}

/** Names the offending placeholder and lists what is valid at that spot, so the clerk can fix it from the message alone. */
function unknown(written: string, position: TagPlace, known: KnownNames, validElsewhere: { zh: string; en: string } | null, suggestion: string | null): ReportError {
  const { scope } = known;
  const valid = [
    ...known.alsoValid.map((name) => `{${name}}`),
    ...PLACEHOLDERS.filter((p) => p.scopes.some((s) => s === scope)).map((p) => (p.kind === "section" ? `{#${p.name}}` : `{${p.name}}`)),
  ];
  const here = scope === "top" ? { zh: "", en: "" } : { zh: `在 {#${scope}} 里`, en: ` inside {#${scope}}` };
  const problem = validElsewhere
    ? { zh: `${written} ${validElsewhere.zh}`, en: `${written} is valid ${validElsewhere.en}` }
    : { zh: `无法识别占位符 ${written}`, en: `unknown placeholder ${written}` };
  const guess = suggestion === null ? { zh: "", en: "" } : { zh: `；是不是要写 ${suggestion}？`, en: `; did you mean ${suggestion}?` };
  return new ReportError(
    "summary-placeholder-unknown",
    `${position.zh}：${problem.zh}${guess.zh === "" ? "。" : guess.zh}${here.zh}可用的占位符有：${valid.join("、")}`,
    `${position.en}: ${problem.en}${guess.en === "" ? "." : guess.en} Valid${here.en}: ${valid.join(", ")}`,
  );
}

function invalid(place: TagPlace, zh: string, en: string): ReportError {
  return new ReportError("summary-template-invalid", `${place.zh}：${zh}`, `${place.en}: ${en}`);
}

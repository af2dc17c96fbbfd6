import { shortUnitName } from "../format/short-unit-name";
import type { CheckResult, Tally } from "../check/types";
import type { UnitTally } from "../consolidate/consolidation";
import { toDaxie } from "../format/daxie";
import { formatYuan } from "../format/fen";
import { formatHundredths } from "../format/hundredths";
import { wanYuanHundredths } from "../format/wan-yuan";
import { yiYuanHundredths } from "../format/yi-yuan";
import { JSON_LIMITS } from "../template/json-limits";
import { coverageRate, type RegisterCoverage } from "../register/register-coverage";
import { amountsUnreadNote } from "./amounts-unread-note";
import { parseSummaryTemplate, type InlineNode, type ParsedSummary, type SummaryDimension, type WhenNode } from "./parse-summary-template";
import type { SectionName, ValueName } from "./placeholders";

/**
 * `units` only for a consolidation of several submissions; one sheet's summary has none, and 各单位 repeats nothing.
 * `coverage` only when a 档案表 was given: without it the register's figures say so rather than print a number.
 */
/** Where amounts look like 万元: a column, and in a consolidation its file and sheet. */
export interface AmountUnitDoubtPlace {
  readonly column: string;
  readonly file?: string;
  readonly sheet?: string;
}

export type SummaryFigures = Pick<CheckResult, "regions" | "groups" | "total" | "amountsUnread" | "amountUnitDoubt"> & {
  readonly amountUnitDoubts?: readonly AmountUnitDoubtPlace[];
  readonly units?: readonly UnitTally[];
  readonly coverage?: RegisterCoverage;
};

export interface RenderedSummary {
  readonly text: string;
  /** Each in Chinese and English, " / " between. */
  readonly warnings: readonly string[];
}

/** One region, one group, or the whole sheet. */
export interface Item {
  readonly tally: Tally;
  readonly label: string;
}

/** A value that is a quantity: parts shown in a section should add up to the total shown outside it. */
interface Quantity {
  readonly measure: (tally: Tally) => number;
  readonly format: (measured: number) => string;
}

const count = (measure: (tally: Tally) => number): ValueSource => ({ quantity: { measure, format: String } });
const fen = (format: (fen: number) => string): ValueSource => ({ quantity: { measure: (t) => t.amountFen, format } });

type ValueSource = { readonly quantity: Quantity } | { readonly label: (item: Item, figures: SummaryFigures) => string };

const VALUES: Record<ValueName, ValueSource> = {
  户数: count((t) => t.households),
  劳模户数: count((t) => t.modelWorkers),
  金额万元: { quantity: { measure: (t) => wanYuanHundredths(t.amountFen), format: formatHundredths } },
  金额亿元: { quantity: { measure: (t) => yiYuanHundredths(t.amountFen), format: formatHundredths } },
  金额元: fen(formatYuan),
  金额大写: fen(toDaxie),
  地区: { label: (item) => item.label },
  类别: { label: (item) => item.label },
  单位: { label: (item) => shortUnitName(item.label) },
  单位全称: { label: (item) => item.label },
  地区数: { label: (_, figures) => String(figures.regions.length) },
  类别数: { label: (_, figures) => String(figures.groups.length) },
  在档户数: { label: (_, figures) => withCoverage(figures, (coverage) => String(coverage.registered)) },
  已慰问在档户数: { label: (_, figures) => withCoverage(figures, (coverage) => String(coverage.reached)) },
  覆盖率: { label: (_, figures) => withCoverage(figures, coverageRate) },
};

/** Never a number the check did not count: without a 档案表 the figure says that none was given. */
const NO_REGISTER = "（未对照档案表）";

function withCoverage(figures: SummaryFigures, show: (coverage: RegisterCoverage) => string): string {
  return figures.coverage === undefined ? NO_REGISTER : show(figures.coverage);
}

function quantityOf(name: ValueName): Quantity | null {
  const source = VALUES[name];
  return "quantity" in source ? source.quantity : null;
}

export function sectionItems(name: SectionName, figures: SummaryFigures): Item[] {
  if (name === "各地区") return figures.regions.map((r) => ({ tally: r, label: r.region }));
  if (name === "各单位") return (figures.units ?? []).map((u) => ({ tally: u, label: u.unit }));
  return figures.groups.map((g) => ({ tally: g, label: g.group }));
}

/** A value as the text shows it: a quantity of `item`, or a label. */
export function showValue(name: ValueName, item: Item, figures: SummaryFigures): string {
  const source = VALUES[name];
  return "quantity" in source ? source.quantity.format(source.quantity.measure(item.tally)) : source.label(item, figures);
}

function renderInline(nodes: readonly InlineNode[], item: Item, figures: SummaryFigures, warnings: string[]): string {
  let text = "";
  for (const node of nodes) {
    if (node.kind === "text") text += node.text;
    else if (node.kind === "value") text += showValue(node.name, item, figures);
    else text += showValue(node.name, pickItem(node.label, node.name, figures, warnings), figures);
  }
  return text;
}

/**
 * The one region, group or unit a `{名称.户数}` names. A name found nowhere counts as nothing (a
 * region with no rows this time) and is said; a name found in two lists is said and not guessed.
 */
function pickItem(label: string, name: ValueName, figures: SummaryFigures, warnings: string[]): Item {
  const found = [
    ...figures.regions.filter((r) => r.region === label),
    ...figures.groups.filter((g) => g.group === label),
    ...(figures.units ?? []).filter((u) => u.unit === label),
  ];
  const written = `{${label}.${name}}`;
  if (found.length === 1) return { tally: found[0], label };
  if (found.length === 0) {
    warnings.push(`${written}：表中没有名为“${label}”的地区、类别或单位，按 0 计；若是笔误请改正 / ${written}: no region, group or unit is named "${label}" in the sheet, so it counts as 0; correct it if it is a typo`);
  } else {
    warnings.push(`${written}：“${label}”既是地区又是类别（或单位），无法确定指哪一个，按 0 计；请改用 {#…} 段落 / ${written}: "${label}" names more than one of region, group and unit, so it counts as 0; use a {#…} section instead`);
  }
  return { tally: NOTHING, label };
}

const NOTHING: Tally = { households: 0, modelWorkers: 0, amountFen: 0 };

/** Fills a template (the language of docs/summary-templates.md) from the sheet's tallies. */
export function renderSummary(text: string, figures: SummaryFigures, dimensions: readonly SummaryDimension[] = []): RenderedSummary {
  return renderParsedSummary(parseSummaryTemplate(text, dimensions), figures);
}

export function renderParsedSummary(template: ParsedSummary, figures: SummaryFigures): RenderedSummary {
  // The conditions decided first: what follows reads only the text the figures bear out.
  const parsed = { ...template, nodes: template.nodes.flatMap((node) => (node.kind !== "when" ? [node] : holds(node, figures) ? node.body : [])) };
  const whole: Item = { tally: figures.total, label: "" };
  const picked: string[] = [];
  let text = "";
  for (const node of parsed.nodes) {
    if (text.length > JSON_LIMITS.renderedSummaryLength) break;
    if (node.kind !== "section") {
      text += renderInline([node], whole, figures, picked);
      continue;
    }
    const items = sectionItems(node.name, figures);
    for (let i = 0; i < items.length && text.length <= JSON_LIMITS.renderedSummaryLength; i++) {
      text += (i > 0 ? node.separator : "") + renderInline(node.body, items[i], figures, picked);
    }
  }
  // A paragraph of thousands of units' sentences is cut, and says so: never silently shorter.
  const cut = text.length > JSON_LIMITS.renderedSummaryLength;
  const cutWarning = `总结超过 ${JSON_LIMITS.renderedSummaryLength} 字，已截断 / The summary is over ${JSON_LIMITS.renderedSummaryLength} characters and was cut`;
  return {
    text: cut ? `${text.slice(0, JSON_LIMITS.renderedSummaryLength)}……` : text,
    warnings: [
      ...unitWarnings(parsed, figures),
      ...unreadWarning(parsed, figures),
      ...parsed.warnings,
      ...new Set(picked),
      ...partsVersusTotals(parsed, figures),
      ...coverageWarnings(parsed, figures),
      ...(cut ? [cutWarning] : []),
    ],
  };
}

const AMOUNT_VALUES: ReadonlySet<ValueName> = new Set(["金额万元", "金额亿元", "金额元", "金额大写"]);

/** Whether the text shows an amount anywhere: only then do caveats on amounts belong beside it. */
function showsAmount(parsed: ParsedSummary): boolean {
  const shown = (node: InlineNode) => node.kind !== "text" && AMOUNT_VALUES.has(node.name);
  return parsed.nodes.some((node) => (node.kind === "section" ? node.body.some(shown) : node.kind !== "when" && shown(node)));
}

/** A sentence that shows an amount says, first, the amounts it could not count. */
function unreadWarning(parsed: ParsedSummary, figures: SummaryFigures): string[] {
  const note = amountsUnreadNote(figures.amountsUnread);
  if (note === null) return [];
  return showsAmount(parsed) ? [`${note.zh} / ${note.en}`] : [];
}

/**
 * Amounts that look like 万元 read as 元: every money figure in the text may be ten thousand times
 * too small. A sheet's result carries its own doubt; a consolidation names each file's.
 */
function unitWarnings(parsed: ParsedSummary, figures: SummaryFigures): string[] {
  const doubts: readonly AmountUnitDoubtPlace[] = figures.amountUnitDoubts ?? (figures.amountUnitDoubt === undefined ? [] : [figures.amountUnitDoubt]);
  if (doubts.length === 0 || !showsAmount(parsed)) return [];
  const where = (doubt: AmountUnitDoubtPlace) => (doubt.file === undefined ? "" : `${doubt.file} › ${doubt.sheet} `);
  const zh = doubts.map((doubt) => `${where(doubt)}${doubt.column}列`).join("、");
  const en = doubts.map((doubt) => `${where(doubt)}column ${doubt.column}`).join(", ");
  return [
    `金额单位存疑（${zh}的金额像是万元数，见 amount-unit-suspect）：总结中的金额按元计算，确认单位前请勿使用` +
      ` / The unit of the amounts is in doubt (${en} looks like 10,000 yuan, see amount-unit-suspect): the summary's money figures are in yuan; do not use them until the unit is settled`,
  ];
}

/** {?…}: every counted row's value is listed; {!…}: some is not. Nothing counted: neither. */
function holds(node: WhenNode, figures: SummaryFigures): boolean {
  const items = sectionItems(node.section, figures).filter((item) => item.tally.households > 0);
  if (items.length === 0) return false;
  const counted = items.reduce((sum, item) => sum + item.tally.households, 0);
  const every = counted === figures.total.households && items.every((item) => node.values.includes(item.label));
  return node.every === every;
}

/**
 * Where a section shows a quantity that the text also shows for the whole sheet, a reader adds
 * the parts up: say when they do not make the total (rounded 万元, or rows without a region).
 */
function partsVersusTotals(parsed: ParsedSummary, figures: SummaryFigures): string[] {
  const shownAtTop = new Set(parsed.nodes.flatMap((n) => (n.kind === "value" ? [n.name] : [])));
  const compared = new Set<string>();
  const warnings: string[] = [];
  for (const node of parsed.nodes) {
    if (node.kind !== "section") continue;
    for (const part of node.body) {
      if (part.kind !== "value" || !shownAtTop.has(part.name)) continue;
      const quantity = quantityOf(part.name);
      const key = `${node.name}/${part.name}`;
      if (!quantity || compared.has(key)) continue;
      compared.add(key);
      const sum = sectionItems(node.name, figures).reduce((acc, item) => acc + quantity.measure(item.tally), 0);
      const total = quantity.measure(figures.total);
      if (sum !== total) warnings.push(mismatchWarning(node.name, part.name, quantity.format(sum), quantity.format(total)));
    }
  }
  return warnings;
}

const SECTION_EN: Record<SectionName, string> = { 各地区: "region", 各类别: "group", 各单位: "unit" };

const ROUNDED_UNITS: Partial<Record<ValueName, string>> = { 金额万元: "万元", 金额亿元: "亿元" };

function mismatchWarning(section: SectionName, name: ValueName, sum: string, total: string): string {
  const unit = ROUNDED_UNITS[name];
  if (unit !== undefined) {
    return (
      `${section}的金额四舍五入成${unit}后相加为 ${sum} ${unit}，而合计显示 ${total} ${unit}，相差是四舍五入造成的；请核对，或改用 {金额元}` +
      ` / The ${section} amounts rounded to ${unit} add up to ${sum} but the total shows ${total} (rounding); check it or use {金额元}`
    );
  }
  return (
    `${section}的 {${name}} 相加为 ${sum}，而全表为 ${total}，分项之和与合计不一致（可能有行未填${section.slice(1)}）；请核对` +
    ` / The ${section} values of {${name}} add up to ${sum} but the whole sheet has ${total}; check for rows without a ${SECTION_EN[section]}`
  );
}

const REGISTER_VALUES: ReadonlySet<string> = new Set(["在档户数", "已慰问在档户数", "覆盖率"]);

/** The register's figures used without a register, or counting less than the whole register: said beside the text. */
function coverageWarnings(parsed: ParsedSummary, figures: SummaryFigures): string[] {
  const used = parsed.nodes.some((node) => node.kind === "value" && REGISTER_VALUES.has(node.name));
  if (!used) return [];
  const coverage = figures.coverage;
  if (coverage === undefined) {
    return ["总结用了在档户数/覆盖率，但没有对照档案表：请选择档案表（--register 或“对照档案”）后再生成 / The summary uses the register figures but no archive register was given: choose one (--register or 对照档案) and render again"];
  }
  const warnings: string[] = [];
  if (coverage.outside > 0) {
    warnings.push(
      `在档户数只计表中出现的地区/单位，档案表中另有 ${coverage.outside} 户在其他地区/单位，未计入 / The register figures count only the regions and units the rosters cover; ${coverage.outside} registered families elsewhere are not counted`,
    );
  }
  if (coverage.skipped.length > 0 || coverage.sheetsWithoutArchive > 0) {
    warnings.push("档案表或上报表有未读的工作表，在档户数可能不全（见校验结果） / Some register or roster sheets were not read; the register figures may be incomplete (see the results)");
  }
  return warnings;
}

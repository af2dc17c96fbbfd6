/**
 * The names a clerk may write in a summary template, where each may stand, and what it means.
 * The task pane lists these; the parser accepts exactly these.
 */
export const SECTION_NAMES = ["各地区", "各类别", "各单位"] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** "top" is outside any section: values of the whole sheet. */
export type PlaceholderScope = "top" | SectionName;

export interface PlaceholderInfo {
  readonly name: string;
  readonly kind: "value" | "section";
  /** Where the placeholder may be written. */
  readonly scopes: readonly PlaceholderScope[];
  /** What to insert, e.g. {户数} or {#各地区}{地区}{/各地区}. */
  readonly syntax: string;
  readonly description: string;
}

const EVERYWHERE: readonly PlaceholderScope[] = ["top", ...SECTION_NAMES];
const TOP: readonly PlaceholderScope[] = ["top"];

export const PLACEHOLDERS = [
  { name: "户数", kind: "value", scopes: EVERYWHERE, syntax: "{户数}", description: "户数（数据行数）：全表合计，或当前地区/类别的户数" },
  { name: "劳模户数", kind: "value", scopes: EVERYWHERE, syntax: "{劳模户数}", description: "劳模户数（是否劳模为“是”或人员类别含“劳模”）" },
  { name: "金额万元", kind: "value", scopes: EVERYWHERE, syntax: "{金额万元}", description: "慰问金额，万元，四舍五入到两位小数，去掉末尾的0（如 6.1、7、1.43）" },
  { name: "金额亿元", kind: "value", scopes: EVERYWHERE, syntax: "{金额亿元}", description: "慰问金额，亿元，四舍五入到两位小数，去掉末尾的0（如 3.45，写作 3.45亿元）" },
  { name: "金额元", kind: "value", scopes: EVERYWHERE, syntax: "{金额元}", description: "慰问金额，元，千分位两位小数（如 274,000.00）" },
  { name: "金额大写", kind: "value", scopes: EVERYWHERE, syntax: "{金额大写}", description: "慰问金额，中文大写（如 贰拾柒万肆仟元整），前面的“人民币”自己写" },
  { name: "地区", kind: "value", scopes: ["各地区"], syntax: "{地区}", description: "当前地区的名称，只能写在 {#各地区}…{/各地区} 里" },
  { name: "类别", kind: "value", scopes: ["各类别"], syntax: "{类别}", description: "当前人员类别，只能写在 {#各类别}…{/各类别} 里" },
  { name: "单位", kind: "value", scopes: ["各单位"], syntax: "{单位}", description: "当前填报单位的简称（城关区总工会（盖章）写作“城关区”），只能写在 {#各单位}…{/各单位} 里（汇总多份上报时）" },
  { name: "单位全称", kind: "value", scopes: ["各单位"], syntax: "{单位全称}", description: "当前填报单位在填报单位一行写的全称（如 城关区总工会），只能写在 {#各单位}…{/各单位} 里" },
  { name: "地区数", kind: "value", scopes: TOP, syntax: "{地区数}", description: "全表有几个地区" },
  { name: "类别数", kind: "value", scopes: TOP, syntax: "{类别数}", description: "全表有几种人员类别" },
  {
    name: "在档户数",
    kind: "value",
    scopes: TOP,
    syntax: "{在档户数}",
    description: "对照的档案表中在档（未解困脱困、未退档）的户数，按表中出现的地区/单位或全部；未对照档案表时写“（未对照档案表）”",
  },
  {
    name: "已慰问在档户数",
    kind: "value",
    scopes: TOP,
    syntax: "{已慰问在档户数}",
    description: "在档户中，有哪一份上报的哪一行给予了慰问金的户数；未对照档案表时写“（未对照档案表）”",
  },
  {
    name: "覆盖率",
    kind: "value",
    scopes: TOP,
    syntax: "{覆盖率}",
    description: "已慰问在档户数 ÷ 在档户数，百分比一位小数，向下取整（只有全部慰问到位才是 100%）；未对照档案表时写“（未对照档案表）”",
  },
  {
    name: "各地区",
    kind: "section",
    scopes: TOP,
    syntax: "{#各地区}{地区}{户数}户{/各地区}",
    description: "按地区（按表中首次出现的顺序）重复中间的文字，用“、”连接；{/各地区|，} 改用“，”连接",
  },
  {
    name: "各类别",
    kind: "section",
    scopes: TOP,
    syntax: "{#各类别}{类别}{户数}人{/各类别}",
    description: "按人员类别（按表中首次出现的顺序）重复中间的文字，用“、”连接；{/各类别|，} 改用“，”连接",
  },
  {
    name: "各单位",
    kind: "section",
    scopes: TOP,
    syntax: "{#各单位}{单位}{户数}户{/各单位}",
    description: "汇总多份上报时，按填报单位（按上报的顺序）重复中间的文字，用“、”连接；只校验一张表时没有内容",
  },
] as const satisfies readonly PlaceholderInfo[];

export type ValueName = Extract<(typeof PLACEHOLDERS)[number], { kind: "value" }>["name"];

export function placeholderInfo(name: string): PlaceholderInfo | undefined {
  return (PLACEHOLDERS as readonly PlaceholderInfo[]).find((p) => p.name === name);
}

/** The default separator between repetitions of a section. */
export const DEFAULT_SECTION_SEPARATOR = "、";

import type { SummaryTemplate } from "../template/schema";

/**
 * Built-in summary paragraphs. The first reproduces the 哈密 activity summary of the seed
 * (篇3); the second is the per-category sentence of 篇4.
 */
export const BUILTIN_SUMMARIES: readonly SummaryTemplate[] = [
  {
    id: "by-region",
    name: "分地区（户数、劳模、慰问金）",
    text:
      "本次全地区共走访慰问{户数}名困难劳模及职工，其中：{#各地区}{地区}{户数}户（劳模{劳模户数}户）{/各地区}。" +
      "将发放慰问金{金额万元}万元，其中：{#各地区}{地区}{金额万元}万元{/各地区}。",
  },
  {
    id: "by-group",
    name: "分类别（人数、慰问金大写）",
    text: "本次共慰问{#各类别}{类别}{户数}人{/各类别|，}，共发放慰问金{金额万元}万元（人民币{金额大写}）。",
  },
];

/**
 * The 篇3 sentence written from the units' submissions when the 地区 clerk consolidates them
 * (逐级上报): the default summary of a consolidation with several 填报单位. Not among the sheet's
 * summaries above: one sheet has no units to repeat.
 */
export const BY_UNIT_SUMMARY: SummaryTemplate = {
  id: "by-unit",
  name: "分单位（汇总各单位上报）",
  text:
    "本次全地区共走访慰问{户数}名困难劳模及职工，其中：{#各单位}{单位}{户数}户（劳模{劳模户数}户）{/各单位}。" +
    "将发放慰问金{金额万元}万元，其中：{#各单位}{单位}{金额万元}万元{/各单位}。",
};

import { SONGWENNUAN_TEMPLATE } from "../template/songwennuan";
import type { SummaryTemplate } from "../template/schema";

/**
 * Built-in summary paragraphs, those of the 送温暖 pack. The first reproduces the 哈密 activity
 * summary of the seed (篇3); the second is the per-category sentence of 篇4.
 */
export const BUILTIN_SUMMARIES: readonly SummaryTemplate[] = SONGWENNUAN_TEMPLATE.summaries;

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

import { SONGWENNUAN_TEMPLATE } from "../template/songwennuan";
import type { SummaryTemplate } from "../template/schema";

/**
 * Built-in summary paragraphs, those of the 送温暖 pack. The first reproduces the 哈密 activity
 * summary of the seed (篇3); the second is the per-category sentence of 篇4.
 */
export const BUILTIN_SUMMARIES: readonly SummaryTemplate[] = SONGWENNUAN_TEMPLATE.summaries;


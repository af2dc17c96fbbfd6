import type { AmountScale } from "../rows/parse-amount";
import { toHalfWidth, withoutSpaces } from "../rows/cell-text";

export interface FoldedHeader {
  /** The header as compared with aliases: half-width, no spaces, no unit. */
  readonly text: string;
  /** The header with every bracketed part removed: 身份证号码(18位) → 身份证号码. */
  readonly bare: string;
  /** 10000 when the header names 万元, 1 when it names 元, null when it names no unit. */
  readonly scale: AmountScale | null;
}

const BRACKETED = /[([【]([^()[\]【】]*)[)\]】]/g;
const SLASH_UNIT = /\/(?:单位[:：]?)?(万?元)$/;
const REQUIRED_MARK = /^\*+|\*+$|[:：]$/g;

/**
 * Header text as units write it — 金额（元）, 慰问金额\n(万元), 姓　名, *姓名 — reduced to the
 * form aliases are compared in, remembering the unit because 万元 scales every amount.
 */
export function foldHeader(raw: string): FoldedHeader {
  let scale: AmountScale | null = null;
  const noteUnit = (unit: string) => {
    scale = unit.includes("万元") ? 10000 : 1;
  };
  let text = withoutSpaces(toHalfWidth(raw)).replace(REQUIRED_MARK, "");
  text = text.replace(BRACKETED, (whole, inner: string) => {
    if (!isUnit(inner)) return whole;
    noteUnit(inner);
    return "";
  });
  text = text.replace(SLASH_UNIT, (_whole, unit: string) => {
    noteUnit(unit);
    return "";
  });
  return { text, bare: text.replace(BRACKETED, ""), scale };
}

/** （元）, (万元), (单位：元), (元/户): a money unit, not part of the column's name. */
function isUnit(inner: string): boolean {
  return /^(?:单位[:：]?)?(?:人民币)?万?元(?:\/[人户月次])?$/.test(inner);
}

/** The 单位：万元 line above some headers applies to every amount below it. */
export function unitLineScale(raw: string): AmountScale | null {
  const match = /单位[:：](万?元)/.exec(withoutSpaces(toHalfWidth(raw)));
  if (match === null) return null;
  return match[1] === "万元" ? 10000 : 1;
}

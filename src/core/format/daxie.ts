import { assertFen } from "./fen";

const DIGITS = "零壹贰叁肆伍陆柒捌玖";
/** Units inside a four-digit section, from its highest digit. */
const PLACE_UNITS = ["仟", "佰", "拾", ""];
/** Section units from the lowest: 元 section, 万, 亿, 万亿. Safe-integer fen stay below 万亿万. */
const SECTION_UNITS = ["", "万", "亿", "万亿"];

/**
 * 中文大写金额 as 《支付结算办法》附件《正确填写票据和结算凭证的基本规定》 writes it, without the
 * 人民币 prefix (templates write that):
 * - a run of zeros between non-zero digits is one 零, also across 万/亿 (¥6,007.14 陆仟零柒元壹角肆分;
 *   ¥107,000.53 壹拾万零柒仟元伍角叁分; ¥100,010,000 壹亿零壹万元整);
 * - a zero 元 digit before a non-zero 角 takes no 零 (the rule allows either; we keep one form,
 *   matching the example the notice gives for ¥107,000.53), but a zero 角 before a non-zero 分
 *   always does (¥325.04 叁佰贰拾伍元零肆分);
 * - 整 follows 元 when there are no 角 and 分, and is not written after 角 (¥1,409.50 壹仟肆佰零玖元伍角);
 * - 拾 is always 壹拾 on a bill, so nobody can add a digit in front;
 * - under one yuan there is no 元 part (¥0.05 伍分); nothing at all is 零元整.
 * Negative amounts (refunds) get 负 in front.
 */
export function toDaxie(fen: number): string {
  assertFen(fen);
  if (fen === 0) return "零元整";
  const sign = fen < 0 ? "负" : "";
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const jiao = Math.floor(abs / 10) % 10;
  const cents = abs % 10;

  const yuanText = yuan > 0 ? integerDaxie(yuan) + "元" : "";
  if (jiao === 0 && cents === 0) return sign + yuanText + "整";
  const jiaoText = jiao > 0 ? DIGITS[jiao] + "角" : yuan > 0 ? "零" : "";
  const centsText = cents > 0 ? DIGITS[cents] + "分" : "";
  return sign + yuanText + jiaoText + centsText;
}

/** A positive whole number of yuan in 大写, read in four-digit sections from the top. */
function integerDaxie(yuan: number): string {
  const digits = String(yuan);
  const padded = digits.padStart(Math.ceil(digits.length / 4) * 4, "0");
  const sectionCount = padded.length / 4;
  let text = "";
  let zeroPending = false;
  for (let s = 0; s < sectionCount; s++) {
    const section = padded.slice(s * 4, s * 4 + 4);
    for (let p = 0; p < 4; p++) {
      const digit = Number(section[p]);
      if (digit === 0) {
        zeroPending = text !== "";
        continue;
      }
      if (zeroPending) text += "零";
      zeroPending = false;
      text += DIGITS[digit] + PLACE_UNITS[p];
    }
    if (Number(section) > 0) text += SECTION_UNITS[sectionCount - 1 - s];
  }
  return text;
}

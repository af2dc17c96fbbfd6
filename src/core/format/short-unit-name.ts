/** A seal mark typed after a unit's name on the 填报单位 line: （盖章）, (公章). */
const SEAL = /[（(]\s*(?:盖章|公章|签章|章)\s*[)）]/g;
/** How the unit's union is named after its place: 城关区总工会, 地直工会, 某公司工会委员会. */
const UNION_SUFFIX = /(?:总工会|工会委员会|工会联合会|工会)$/;

/**
 * A unit as a clerk names it in a sentence (source unit 3: 地直55户、哈密市125户), not as it signs
 * the 填报单位 line: 城关区总工会（盖章） → 城关区. A name that is only 工会 stays as it is.
 */
export function shortUnitName(full: string): string {
  const unsealed = full.replace(SEAL, "").trim();
  const short = unsealed.replace(UNION_SUFFIX, "").trim();
  return short === "" ? unsealed || full.trim() : short;
}

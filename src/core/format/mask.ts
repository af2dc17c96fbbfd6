/**
 * What of a sensitive value (ID, bank account, phone) may be shown on screen.
 *
 * - 15 characters or more (ID numbers, bank cards): the first 6 and the last 4, as banks and
 *   the domain notes show them (652201********1234). The first 6 are the public area code or
 *   the bank's BIN, so of the personal part after them at most the last 4 — under half — show.
 * - Shorter text (phones, passbooks, anything else): at most half the characters show, at most
 *   the first 3 and the last 2 (13812345678 → 138******78), so a mobile number cannot be dialled
 *   from the screen.
 *
 * Characters are counted as code points, so a Chinese name masks the same way.
 */
export function maskSensitive(text: string): string {
  const chars = Array.from(text);
  const length = chars.length;
  if (length === 0) return "";
  const [head, tail] = length >= 15 ? [6, 4] : shortKeep(length);
  return chars.slice(0, head).join("") + "*".repeat(length - head - tail) + chars.slice(length - tail).join("");
}

function shortKeep(length: number): [number, number] {
  const shown = Math.floor(length / 2);
  const head = Math.min(3, Math.ceil(shown / 2));
  return [head, Math.min(2, shown - head)];
}

/**
 * A run of digits, half- or full-width, that may be grouped by single spaces or dashes as cards
 * and IDs are written ("6222 0212 3456 7801 234", "110105-19491231-002X"), with an ID's final X.
 * Separators never repeat, so text-table columns (two spaces apart) are never joined into one run.
 */
const DIGIT_RUN = /[0-9０-９](?:[ \u00a0\u3000\-\u2010-\u2014\uff0d]?[0-9０-９])*[Xx]?/g;
const DIGIT = /[0-9０-９]/;
const SENSITIVE_DIGITS = 11;

/**
 * Free text with every ID-, card- or phone-like run of 11 digits or more masked: what a clerk
 * typed into the wrong column (an ID under 户名, a card number under 发放方式) must not show
 * anywhere text leaves the check. Grouped runs keep their separators; only digits become `*`.
 */
export function maskNumberRuns(text: string): string {
  return text.replace(DIGIT_RUN, maskRun);
}

function maskRun(run: string): string {
  const chars = Array.from(run);
  const positions = chars.flatMap((char, i) => (DIGIT.test(char) || char === "X" || char === "x" ? [i] : []));
  if (positions.length - (/[Xx]$/.test(run) ? 1 : 0) < SENSITIVE_DIGITS) return run;
  const shown = maskSensitive("0".repeat(positions.length));
  positions.forEach((position, i) => {
    if (shown[i] === "*") chars[position] = "*";
  });
  return chars.join("");
}

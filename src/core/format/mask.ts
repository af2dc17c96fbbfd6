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
 * A run of digits, half- or full-width, that may be grouped as cards and IDs are written — by single
 * spaces, dashes, dots, slashes or a full-width comma ("6222 0212 3456 7801 234", "110105-19491231-002X",
 * "138.1234.5678", "6222/0212/3456/7801"), or by two spaces — with an ID's final X.
 */
const DIGIT_RUN = /[0-9０-９](?:(?:[ \u00a0\u3000]{1,2}|[\-\u2010-\u2014\uff0d./，])?[0-9０-９])*[Xx]?/g;
const DIGIT = /[0-9０-９]/;
const DOUBLE_SPACE = /([ \u00a0\u3000]{2})/;
const SENSITIVE_DIGITS = 11;
/**
 * Digits of a phone, an ID (15, 18) or a card (16–19): a run grouped by two spaces is one number only
 * at these lengths, so text-table columns two spaces apart ("1000000  2000000") are never joined.
 */
const NUMBER_LENGTHS: ReadonlySet<number> = new Set([11, 15, 16, 17, 18, 19]);

/**
 * Free text with every ID-, card- or phone-like run of 11 digits or more masked: what a clerk
 * typed into the wrong column (an ID under 户名, a card number under 发放方式) must not show
 * anywhere text leaves the check. Grouped runs keep their separators; only digits become `*`.
 */
export function maskNumberRuns(text: string): string {
  return text.replace(DIGIT_RUN, maskRun);
}

/** Dots, slashes and a full-width comma join groups of 3 digits or more only: "5/110105…" in a path, "2024.01.20" stay apart. */
const PUNCTUATION = /([./，])/;
const MIN_PUNCTUATED_GROUP = 3;

function maskRun(run: string): string {
  if (!PUNCTUATION.test(run)) return maskGroupedRun(run);
  const [first, ...rest] = run.split(PUNCTUATION);
  const pieces: string[] = [];
  let current = first;
  let last = first;
  for (let i = 0; i < rest.length; i += 2) {
    const [separator, group] = [rest[i], rest[i + 1]];
    if (digitCount(last) >= MIN_PUNCTUATED_GROUP && digitCount(group) >= MIN_PUNCTUATED_GROUP) {
      current += separator + group;
    } else {
      pieces.push(maskGroupedRun(current), separator);
      current = group;
    }
    last = group;
  }
  pieces.push(maskGroupedRun(current));
  return pieces.join("");
}

function digitCount(text: string): number {
  return Array.from(text).filter((char) => DIGIT.test(char)).length;
}

function maskGroupedRun(run: string): string {
  const chars = Array.from(run);
  const positions = chars.flatMap((char, i) => (DIGIT.test(char) || char === "X" || char === "x" ? [i] : []));
  const digits = positions.length - (/[Xx]$/.test(run) ? 1 : 0);
  if (DOUBLE_SPACE.test(run) && !NUMBER_LENGTHS.has(digits)) return run.split(DOUBLE_SPACE).map((piece) => (DOUBLE_SPACE.test(piece) ? piece : maskGroupedRun(piece))).join("");
  if (digits < SENSITIVE_DIGITS) return run;
  const shown = maskSensitive("0".repeat(positions.length));
  positions.forEach((position, i) => {
    if (shown[i] === "*") chars[position] = "*";
  });
  return chars.join("");
}

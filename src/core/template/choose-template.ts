import { foldHeader } from "../header/fold-header";
import type { MessageText } from "../messages/catalogue";
import { cellText } from "../rows/cell-text";
import type { SheetRow } from "../rows/sheet-row";
import { identifyingFields, identifyingHeadings, type IdentifiablePack } from "./identifying-fields";

/** What detection needs of a pack: its names, the header texts of its fields, and what identifies it. */
export interface HeaderNames {
  readonly id: string;
  readonly name: string;
  readonly fields: readonly { readonly key: string; readonly label: string; readonly aliases?: readonly string[] }[];
  /** A template carries its pack: the pack's identify list and field types (a bare pack is its own). */
  readonly pack?: IdentifiablePack;
  readonly identify?: readonly string[];
}

/** How well one pack's fields fit the header found for it. */
export interface HeaderFit<P extends HeaderNames> {
  readonly pack: P;
  /** Keys of the pack's fields some header cell names, in the pack's order. */
  readonly matched: readonly string[];
  /** Of those, the fields that identify the form, named by a heading not every roster has. */
  readonly evidence: readonly string[];
  /** Labels of the identifying fields the header does not name: what the sheet lacks to be this form. */
  readonly lacking: readonly string[];
}

export type TemplateChoice<P extends HeaderNames> =
  /** One pack with evidence names more of the header's columns than any other. */
  | { readonly kind: "detected"; readonly pack: P; readonly fits: readonly HeaderFit<P>[]; readonly reason: MessageText }
  /** Several with evidence name as many: the clerk must choose (`pack` is the first listed, a guess). */
  | { readonly kind: "ambiguous"; readonly pack: P; readonly tied: readonly P[]; readonly fits: readonly HeaderFit<P>[]; readonly reason: MessageText }
  /**
   * Columns are named, but no pack's identifying ones — only columns every roster has: the clerk must
   * choose; `pack` (the likeliest, a guess) is only what a host shows first.
   */
  | { readonly kind: "unidentified"; readonly pack: P; readonly fits: readonly HeaderFit<P>[]; readonly reason: MessageText }
  /** No column of any pack (no header at all): the first pack is used; its check will say what it misses. */
  | { readonly kind: "no-match"; readonly pack: P; readonly fits: readonly HeaderFit<P>[]; readonly reason: MessageText };

/**
 * The pack a roster was filled in on, read from its header: each pack's best row (or pair of rows,
 * for a header with merged group cells above) among the sheets' top rows. A form is chosen by
 * evidence — a column that identifies it (劳模级别, 入学层次; identifying-fields.ts) — and among forms
 * with evidence by the distinct fields named. Columns every roster has (姓名、身份证号、地区、金额)
 * never choose one, and a tie is not broken silently.
 */
export function chooseTemplate<P extends HeaderNames>(packs: readonly P[], sheets: readonly (readonly SheetRow[])[]): TemplateChoice<P> {
  if (packs.length === 0) throw new Error("chooseTemplate needs at least one pack");
  const headerTexts = sheets.flatMap(candidateHeaders);
  const fits = packs
    .map((pack): HeaderFit<P> => bestFit(pack, headerTexts))
    .sort((a, b) => Number(b.evidence.length > 0) - Number(a.evidence.length > 0) || b.matched.length - a.matched.length);
  const best = fits[0];
  if (best.matched.length === 0 && best.evidence.length === 0) {
    return {
      kind: "no-match",
      pack: packs[0],
      fits,
      reason: {
        zh: `表头里没有认出任何报表的列，按“${packs[0].name}”校验`,
        en: `No column of any form was recognised in the header; checked as ${packs[0].name}`,
      },
    };
  }
  if (best.evidence.length === 0) return { kind: "unidentified", pack: best.pack, fits, reason: noEvidence(fits) };
  const tied = fits.filter((fit) => fit.evidence.length > 0 && fit.matched.length === best.matched.length).map((fit) => fit.pack);
  if (tied.length > 1) {
    const names = tied.map((pack) => `“${pack.name}”`).join("、");
    return {
      kind: "ambiguous",
      pack: tied[0],
      tied,
      fits,
      reason: {
        zh: `表头同样符合${names}（各认出 ${best.matched.length} 列），请指定报表`,
        en: `The header fits ${tied.map((pack) => pack.name).join(", ")} equally (${best.matched.length} columns each); name the form`,
      },
    };
  }
  const runnerUp = fits[1];
  const next = runnerUp === undefined || runnerUp.matched.length === 0 ? null : runnerUp;
  return {
    kind: "detected",
    pack: best.pack,
    fits,
    reason: {
      zh: `按表头识别为“${best.pack.name}”（${best.pack.fields.length} 列中认出 ${best.matched.length} 列${next ? `；其次“${next.pack.name}”${next.matched.length} 列` : ""}）`,
      en: `Detected from the header: ${best.matched.length} of the ${best.pack.fields.length} columns of ${best.pack.name}${next ? ` (next: ${next.pack.name}, ${next.matched.length})` : ""}`,
    },
  };
}

/** Each candidate form, how many columns it found and the identifying columns it lacks. */
function noEvidence<P extends HeaderNames>(fits: readonly HeaderFit<P>[]): MessageText {
  const candidates = fits.filter((fit) => fit.matched.length > 0);
  return {
    zh: `表头不足以认定是哪种报表，请指定报表：${candidates
      .map((fit) => `“${fit.pack.name}”认出 ${fit.matched.length} 列，缺少能认定它的列（${fit.lacking.join("、")}，至少一列）`)
      .join("；")}`,
    en: `The header does not show which form this is; name the form: ${candidates
      .map((fit) => `${fit.pack.name}: ${fit.matched.length} columns found, none of the columns that identify it (${fit.lacking.join(", ")})`)
      .join("; ")}`,
  };
}

/** Each row's folded header texts, and each adjacent pair's together (a two-row header). */
function candidateHeaders(rows: readonly SheetRow[]): Set<string>[] {
  const folded = rows.map((row) => {
    const texts = new Set<string>();
    for (const cell of row.cells) {
      const text = cellText(cell);
      if (text === "") continue;
      const header = foldHeader(text);
      texts.add(header.text);
      texts.add(header.bare);
    }
    return texts;
  });
  const pairs = folded.slice(1).flatMap((lower, i) => (rows[i + 1].rowNumber === rows[i].rowNumber + 1 ? [new Set([...folded[i], ...lower])] : []));
  return [...folded, ...pairs];
}

/** The header naming the pack's identifying columns, then the most of its fields. */
function bestFit<P extends HeaderNames>(pack: P, headers: readonly Set<string>[]): HeaderFit<P> {
  const names = pack.fields.map((field) => [field.label, ...(field.aliases ?? [])].map((name) => foldHeader(name).text));
  const identifying = new Set(identifyingFields(pack.pack ?? (pack as unknown as IdentifiablePack)));
  const identifyingNames = pack.fields.map((field) => (identifying.has(field.key) ? identifyingHeadings(field) : []));
  let matched: string[] = [];
  let evidence: string[] = [];
  for (const header of headers) {
    const keys = pack.fields.filter((_, i) => names[i].some((name) => header.has(name))).map((field) => field.key);
    const found = pack.fields.filter((_, i) => identifyingNames[i].some((name) => header.has(name))).map((field) => field.key);
    if (Number(found.length > 0) - Number(evidence.length > 0) > 0 || (found.length > 0 === evidence.length > 0 && keys.length > matched.length)) {
      matched = keys;
      evidence = found;
    }
  }
  const lacking = pack.fields.filter((field) => identifying.has(field.key) && !evidence.includes(field.key)).map((field) => field.label);
  return { pack, matched, evidence, lacking };
}

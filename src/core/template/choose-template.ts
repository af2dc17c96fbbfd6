import { foldHeader } from "../header/fold-header";
import type { MessageText } from "../messages/catalogue";
import { cellText } from "../rows/cell-text";
import type { SheetRow } from "../rows/sheet-row";

/** What detection needs of a pack: its names and the header texts of its fields. */
export interface HeaderNames {
  readonly id: string;
  readonly name: string;
  readonly fields: readonly { readonly key: string; readonly label: string; readonly aliases?: readonly string[] }[];
}

/** How well one pack's fields fit the header found for it. */
export interface HeaderFit<P extends HeaderNames> {
  readonly pack: P;
  /** Keys of the pack's fields some header cell names, in the pack's order. */
  readonly matched: readonly string[];
}

export type TemplateChoice<P extends HeaderNames> =
  /** One pack names more of the header's columns than any other. */
  | { readonly kind: "detected"; readonly pack: P; readonly fits: readonly HeaderFit<P>[]; readonly reason: MessageText }
  /** Several name as many: the first of them (in the packs' order) is used, and the clerk told to choose. */
  | { readonly kind: "ambiguous"; readonly pack: P; readonly tied: readonly P[]; readonly fits: readonly HeaderFit<P>[]; readonly reason: MessageText }
  /** No header cell names a field of any pack: the first pack is used; its check will say what it misses. */
  | { readonly kind: "no-match"; readonly pack: P; readonly fits: readonly HeaderFit<P>[]; readonly reason: MessageText };

/**
 * The pack a roster was filled in on, read from its header: each pack's best row (or pair of rows,
 * for a header with merged group cells above) among the sheets' top rows, counted in distinct fields
 * named. A tie is not broken silently: 姓名、身份证号、金额 fit several rosters alike.
 */
export function chooseTemplate<P extends HeaderNames>(packs: readonly P[], sheets: readonly (readonly SheetRow[])[]): TemplateChoice<P> {
  if (packs.length === 0) throw new Error("chooseTemplate needs at least one pack");
  const headerTexts = sheets.flatMap(candidateHeaders);
  const fits = packs
    .map((pack): HeaderFit<P> => bestFit(pack, headerTexts))
    .sort((a, b) => b.matched.length - a.matched.length);
  const best = fits[0].matched.length;
  if (best === 0) {
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
  const tied = fits.filter((fit) => fit.matched.length === best).map((fit) => fit.pack);
  if (tied.length > 1) {
    const names = tied.map((pack) => `“${pack.name}”`).join("、");
    return {
      kind: "ambiguous",
      pack: tied[0],
      tied,
      fits,
      reason: {
        zh: `表头同样符合${names}（各认出 ${best} 列），按先列出的“${tied[0].name}”校验；不对时请指定报表`,
        en: `The header fits ${tied.map((pack) => pack.name).join(", ")} equally (${best} columns each); checked as ${tied[0].name}, the first listed; name the form if that is wrong`,
      },
    };
  }
  const runnerUp = fits[1];
  const next = runnerUp === undefined || runnerUp.matched.length === 0 ? null : runnerUp;
  return {
    kind: "detected",
    pack: fits[0].pack,
    fits,
    reason: {
      zh: `按表头识别为“${fits[0].pack.name}”（${fits[0].pack.fields.length} 列中认出 ${best} 列${next ? `；其次“${next.pack.name}”${next.matched.length} 列` : ""}）`,
      en: `Detected from the header: ${best} of the ${fits[0].pack.fields.length} columns of ${fits[0].pack.name}${next ? ` (next: ${next.pack.name}, ${next.matched.length})` : ""}`,
    },
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

function bestFit<P extends HeaderNames>(pack: P, headers: readonly Set<string>[]): HeaderFit<P> {
  const names = pack.fields.map((field) => new Set([field.label, ...(field.aliases ?? [])].map((name) => foldHeader(name).text)));
  let matched: string[] = [];
  for (const header of headers) {
    const keys = pack.fields.filter((_, i) => [...names[i]].some((name) => header.has(name))).map((field) => field.key);
    if (keys.length > matched.length) matched = keys;
  }
  return { pack, matched };
}

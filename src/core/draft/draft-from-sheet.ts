import type { CellValue } from "../cell";
import type { Pack } from "../template/pack-schema";
import type { ColumnChoice } from "./column-kind";
import { draftPack, type PerPerson } from "./draft-pack";
import { guessColumns } from "./guess-columns";
import { guessPerPerson } from "./guess-per-person";
import { guessRules, type GuessedRule } from "./guess-rules";
import { sampleSheet, type SheetSample } from "./sheet-sample";

/** Everything guessed from one sheet, each part for the clerk to change, and the pack it makes as guessed. */
export interface SheetDraft {
  readonly sample: SheetSample;
  readonly choices: readonly ColumnChoice[];
  readonly rules: readonly GuessedRule[];
  readonly perPerson: PerPerson;
  /** The first 地区/单位 column and the first 类别 column. */
  readonly subtotals: readonly number[];
  readonly pack: Pack;
}

/**
 * A form drafted from a sheet of rows (`firstRow` the sheet row of rows[0]), its header at
 * `headerRow` or the likeliest; null when no row looks like a header. `name` defaults to the
 * title line above the header, else `fallbackName`.
 */
export function draftFromSheet(
  rows: readonly (readonly (CellValue | undefined)[])[],
  options: { readonly firstRow?: number; readonly headerRow?: number; readonly name?: string; readonly fallbackName: string },
): SheetDraft | null {
  const firstRow = options.firstRow ?? 1;
  const sample = sampleSheet(rows, firstRow, options.headerRow);
  if (sample === null) return null;
  const choices = guessColumns(sample);
  const rules = guessRules(choices, sample);
  const perPerson = guessPerPerson(choices, sample);
  const subtotals = [choices.find((choice) => choice.kind === "region"), choices.find((choice) => choice.kind === "category")].flatMap((choice) =>
    choice === undefined ? [] : [choice.column],
  );
  const name = options.name ?? titleAbove(rows, sample.headerRow - firstRow) ?? options.fallbackName;
  return { sample, choices, rules, perPerson, subtotals, pack: draftPack(choices, { name, subtotals, perPerson, rules }) };
}

/** The title line above a header: the first row holding one text alone (2025年…给付明细表). */
function titleAbove(rows: readonly (readonly (CellValue | undefined)[])[], headerIndex: number): string | null {
  for (const row of rows.slice(0, Math.max(0, headerIndex))) {
    const texts = row.filter((cell): cell is string => typeof cell === "string" && cell.trim() !== "");
    if (texts.length === 1 && !/[:：]/.test(texts[0])) return texts[0].trim();
  }
  return null;
}

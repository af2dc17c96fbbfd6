import type { ReportErrorCode } from "../../src/core/errors";

export const CORPUS_DIR = `${__dirname}/../../assets/corpus`;

/** A file the checker reads: what it must find there. */
export interface Verdict {
  readonly sheet: string;
  readonly headerRows: readonly number[];
  readonly dataRowNumbers: readonly number[];
  readonly hiddenRowNumbers: readonly number[];
  /** "H4 amount-invalid", in the order the clerk sees them. */
  readonly issues: readonly string[];
  readonly totalYuan: number;
}

/** A file the checker cannot use: the ReportError and words its message must contain. */
export interface Refusal {
  readonly code: ReportErrorCode;
  readonly zh: string;
  readonly en: string;
}

export type Outcome = { readonly verdict: Verdict } | { readonly refusal: Refusal };

const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const clean = (sheet: string, dataRowNumbers: number[], totalYuan: number): Outcome => ({
  verdict: { sheet, headerRows: [1], dataRowNumbers, hiddenRowNumbers: [], issues: [], totalYuan },
});

/** Every file scripts/make-corpus.ts writes, and what must become of it. */
export const EXPECTED: Readonly<Record<string, Outcome>> = {
  "two-row-header.xlsx": { verdict: { sheet: "花名册", headerRows: [2, 3], dataRowNumbers: rows(4, 7), hiddenRowNumbers: [], issues: [], totalYuan: 4700 } },
  // Row 5 is the header printed again on page 2: neither data nor a finding.
  "repeated-header.xlsx": clean("花名册", [2, 3, 4, 6, 7, 8], 7700),
  "hidden-filtered.xlsx": { verdict: { sheet: "花名册", headerRows: [1], dataRowNumbers: rows(2, 7), hiddenRowNumbers: [3, 4, 6, 7], issues: [], totalYuan: 7700 } },
  // Formula amounts count as their cached results; the SUM 合计 (row 8) agrees with them.
  "formulas.xlsx": clean("花名册", rows(2, 7), 7700),
  "formula-errors.xlsx": {
    verdict: { sheet: "花名册", headerRows: [1], dataRowNumbers: rows(2, 5), hiddenRowNumbers: [], issues: ["H3 amount-invalid", "H4 amount-invalid"], totalYuan: 2000 },
  },
  // A date typed into the amount column is not an amount; dates elsewhere are just text.
  "merged-region.xlsx": clean("花名册", rows(2, 7), 7700),
  "dates.xlsx": { verdict: { sheet: "花名册", headerRows: [1], dataRowNumbers: rows(2, 4), hiddenRowNumbers: [], issues: ["H4 amount-invalid"], totalYuan: 2500 } },
  "rich-text.xlsx": clean("花名册", rows(2, 4), 3700),
  "empty-sheet.xlsx": { refusal: { code: "header-not-found", zh: "找不到表头", en: "No header" } },
  "privacy-defects.xlsx": {
    verdict: {
      sheet: "花名册",
      headerRows: [1],
      dataRowNumbers: rows(2, 7),
      hiddenRowNumbers: [],
      issues: ["D3 duplicate-person", "D4 id-invalid", "J5 account-invalid", "L6 phone-invalid", "K7 account-holder-mismatch"],
      totalYuan: 7700,
    },
  },
  "last-row-1048576.xlsx": clean("花名册", rows(2, 7), 7700),
  "protected-sheet.xlsx": clean("花名册", rows(2, 7), 7700),
  "encrypted.xlsx": { refusal: { code: "file-encrypted", zh: "密码", en: "password" } },
  "old-excel.xls": { refusal: { code: "file-xls", zh: "另存为", en: "save it as" } },
  "utf8-bom.csv": clean("utf8-bom", rows(2, 7), 7700),
  "gbk.csv": clean("gbk", rows(2, 7), 7700),
  "renamed-from-docx.xlsx": { refusal: { code: "file-not-xlsx", zh: "Word 文档", en: "Word document" } },
};

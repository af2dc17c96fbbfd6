import type { FieldKey } from "../fields";
import { sensitiveFields } from "../template/sensitive-fields";
import type { Template } from "../template/schema";
import { columnValidation } from "./column-validation";
import type { ColumnValidation } from "./data-validation";
import { inputKind, needsTextFormat } from "./input-kind";
import { instructionLines } from "./instructions";

export const DEFAULT_BLANK_ROWS = 200;
/** Validation covers whole column ranges, so more rows cost nothing; past this a typo is likelier than a need. */
export const MAX_BLANK_ROWS = 100_000;
export const INSTRUCTIONS_SHEET = "填报说明";

export interface BlankColumn {
  readonly key: FieldKey;
  readonly header: string;
  /** 1-based column number on the form (A = 1). */
  readonly column: number;
  /** The data cells are formatted as text (`@`) before anyone types in them. */
  readonly textFormat: boolean;
  /** Sensitive personal data (ID, account, phone). */
  readonly sensitive: boolean;
  readonly validation: ColumnValidation | null;
}

/**
 * A blank form (下发) derived from a template: what every host writes — the .xlsx writer, the
 * Office.js 新建报表 command — and what 加上填写规则 lays onto a roster that already exists.
 * Layout: title (row 1), 填报单位/单位 line (row 2), header (row 3), then `rows` blank rows.
 */
export interface BlankFormSpec {
  readonly template: Template;
  readonly sheetName: string;
  readonly title: string;
  readonly unitLine: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly columns: readonly BlankColumn[];
  readonly instructionsSheet: string;
  readonly instructions: readonly string[];
}

export function blankFormSpec(template: Template, rows = DEFAULT_BLANK_ROWS): BlankFormSpec {
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_BLANK_ROWS) {
    throw new RangeError(`blank rows must be 1..${MAX_BLANK_ROWS}, not ${rows}`);
  }
  const sheetName = sheetNameOf(template.name);
  return {
    template,
    sheetName,
    title: template.name,
    unitLine: "填报单位（盖章）：　　　　　　　　　　　　　　　　　　单位：元",
    headerRow: 3,
    firstDataRow: 4,
    lastDataRow: 3 + rows,
    columns: blankColumns(template),
    instructionsSheet: INSTRUCTIONS_SHEET,
    instructions: instructionLines(template, sheetName),
  };
}

/** The columns of a template, in its order; also what 加上填写规则 looks up by header on a roster. */
export function blankColumns(template: Template): BlankColumn[] {
  const sensitive = sensitiveFields(template);
  return template.fields.map((spec, i) => ({
    key: spec.key,
    header: spec.label,
    column: i + 1,
    textFormat: needsTextFormat(inputKind(template, spec.key)),
    sensitive: sensitive.has(spec.key),
    validation: columnValidation(template, spec),
  }));
}

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] : */
function sheetNameOf(name: string): string {
  const cleaned = name.replace(/[\\/?*[\]:]/g, "").slice(0, 31).trim();
  return cleaned === "" || cleaned === INSTRUCTIONS_SHEET ? "花名册" : cleaned;
}

import type { CellValue } from "../../core/cell";
import { isCellError } from "../../core/cell";
import type { CheckResult } from "../../core/check/types";
import type { FieldKey } from "../../core/fields";
import { fenToYuan } from "../../core/format/fen";
import { maskNumberRuns } from "../../core/format/mask";
import { AMOUNT_EMPTY, parseAmountFen } from "../../core/rows/parse-amount";
import type { Template } from "../../core/template/schema";
import { checkedRows } from "./checked-rows";
import { NEW_WORKBOOK_BOLD } from "./package/new-workbook";
import type { NewSheet, TableCell } from "./package/worksheet-xml";
import { namesWithDigits, PUBLIC_SHEET, refuseUnsafeNames } from "./public-workbook";
import { labelOf } from "./results-tables";
import type { SheetReader } from "./workbook-reader";

/**
 * What the upper level publishes of everyone it consolidated: no ID column at all (a list of units'
 * people under one 公示 needs no ID to be recognised), nor account, phone, archive, 人员类别 or
 * 困难类别 (hardship data is sensitive personal information).
 */
const LIST_FIELDS: readonly FieldKey[] = ["region", "unit", "name", "amount"];

/** What the list needs of a checked submission. */
export type PublicSubmission = Pick<CheckResult, "sheet" | "headerRow" | "columns" | "dataRowNumbers">;

/**
 * One 公示名单 over several submissions, in the order added: 序号, 来源单位, then 地区, 单位, 姓名
 * and 金额 (in 元, a 万元 column converted) whatever each unit's own layout, and a 合计 line. Every
 * text cell passes the number-run masking. The rows of one submission are read at a time; the
 * list keeps only its own cells.
 */
export class PublicList {
  private readonly lines: TableCell[][] = [];
  private totalFen = 0;
  private readonly unsafeNames: string[] = [];

  constructor(private readonly template: Template) {}

  /** The submission's data rows, read again from its sheet. `place` names it in a refusal (文件 › 工作表). */
  async add(unit: string, place: string, submission: PublicSubmission, sheet: SheetReader): Promise<void> {
    const { columns } = submission;
    const rows = await checkedRows(sheet, new Set([submission.headerRow, ...submission.dataRowNumbers]));
    const at = (rowNumber: number, key: FieldKey) => (columns[key] === undefined ? null : (rows.get(rowNumber)?.[columns[key] - 1] ?? null));
    if (columns.name !== undefined) {
      const cells = namesWithDigits(submission.dataRowNumbers, (rowNumber) => at(rowNumber, "name"), columns.name);
      this.unsafeNames.push(...cells.map((cell) => `${place}!${cell}`));
    }
    const amountHeader = at(submission.headerRow, "amount");
    const scale = typeof amountHeader === "string" && /万元/.test(amountHeader) ? 10000 : 1;
    for (const rowNumber of submission.dataRowNumbers) {
      const fen = parseAmountFen(at(rowNumber, "amount"), scale);
      if (fen > 0) this.totalFen += fen;
      const amount = fen >= 0 ? fenToYuan(fen) : fen === AMOUNT_EMPTY ? null : textCell(at(rowNumber, "amount"));
      this.lines.push([this.lines.length + 1, maskNumberRuns(unit), ...LIST_FIELDS.slice(0, 3).map((key) => textCell(at(rowNumber, key))), amount]);
    }
  }

  /** The sheet; throws ReportError("public-unsafe") when a 姓名 cell of any submission holds ID-like digits. */
  sheet(): NewSheet {
    refuseUnsafeNames(this.unsafeNames);
    const header = ["序号", "来源单位", ...LIST_FIELDS.map((key) => amountInYuan(labelOf(this.template, key), key))];
    const total: TableCell[] = ["合计", null, null, null, null, fenToYuan(this.totalFen)];
    return { name: PUBLIC_SHEET, rows: [header, ...this.lines, total], widths: [6, 16, 16, 20, 12, 14], headerStyle: NEW_WORKBOOK_BOLD };
  }
}

function textCell(value: CellValue): TableCell {
  if (value === null || isCellError(value)) return null;
  return maskNumberRuns(String(value));
}

/** Amounts are in 元 whatever the unit's own header said: the list's header says so. */
function amountInYuan(label: string, key: FieldKey): string {
  return key === "amount" && !/元/.test(label) ? `${label}（元）` : label;
}

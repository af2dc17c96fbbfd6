import type { CellValue } from "../../core/cell";
import { isCellError } from "../../core/cell";
import type { SheetLayout } from "../../core/check/types";
import type { FieldKey } from "../../core/fields";
import { fenToYuan } from "../../core/format/fen";
import { maskNumberRuns } from "../../core/format/mask";
import { AMOUNT_EMPTY, parseAmountFen } from "../../core/rows/parse-amount";
import type { Template } from "../../core/template/schema";
import { checkedRows } from "./checked-rows";
import { NEW_WORKBOOK_BOLD } from "./package/new-workbook";
import type { NewSheet, TableCell } from "./package/worksheet-xml";
import { namesWithDigits, PUBLIC_SHEET, refuseUnsafeNames, totalLabel } from "./public-workbook";
import { publicFields, type PublicFields } from "./public-fields";
import { labelOf } from "../../core/workbook/results-tables";
import { yuanHeading } from "./money-cell";
import type { SheetReader } from "./workbook-reader";

/** What the list needs of a checked submission: where and in which unit its check read the rows. */
export type PublicSubmission = SheetLayout;

/**
 * One 公示名单 over several submissions, in the order added: 序号, 来源单位, then 地区, 单位, 姓名
 * and 金额 (in 元, a 万元 column converted) whatever each unit's own layout, and a 合计 line. Every
 * text cell passes the number-run masking. The rows of one submission are read at a time; the
 * list keeps only its own cells.
 */
export class PublicList {
  private readonly lines: TableCell[][] = [];
  private totalFen = 0;
  /** Rows whose amount could not be read: said on the 合计 line. */
  private unreadable = 0;
  private readonly unsafeNames: string[] = [];

  /**
   * What the upper level publishes of everyone it consolidated (public-fields.ts), with no ID column
   * at all: a list of units' people under one 公示 needs no ID to be recognised.
   */
  private readonly fields: PublicFields;

  constructor(private readonly template: Template) {
    this.fields = publicFields(template);
  }

  /** The submission's data rows, read again from its sheet. `place` names it in a refusal (文件 › 工作表). */
  async add(unit: string, place: string, submission: PublicSubmission, sheet: SheetReader): Promise<void> {
    const { columns } = submission;
    const rows = await checkedRows(sheet, new Set(submission.dataRowNumbers));
    const at = (rowNumber: number, key: FieldKey | null) =>
      key === null || columns[key] === undefined ? null : (rows.get(rowNumber)?.[columns[key] - 1] ?? null);
    const { region, unit: unitField, name, amounts } = this.fields;
    if (name !== null && columns[name] !== undefined) {
      const cells = namesWithDigits(submission.dataRowNumbers, (rowNumber) => at(rowNumber, name), columns[name]);
      this.unsafeNames.push(...cells.map((cell) => `${place}!${cell}`));
    }
    for (const rowNumber of submission.dataRowNumbers) {
      // The row's amount in 元: every money column it sums (慰问金 + 帮扶金), each in its own unit.
      let fen = AMOUNT_EMPTY;
      let unreadable: CellValue = null;
      amounts.forEach((key) => {
        const part = parseAmountFen(at(rowNumber, key), submission.amountScale);
        if (part >= 0) fen = (fen === AMOUNT_EMPTY ? 0 : fen) + part;
        else if (part !== AMOUNT_EMPTY && unreadable === null) unreadable = at(rowNumber, key);
      });
      if (fen > 0) this.totalFen += fen;
      if (unreadable !== null) this.unreadable++;
      const amount = unreadable !== null ? amountText(unreadable) : fen === AMOUNT_EMPTY ? null : fenToYuan(fen);
      this.lines.push([this.lines.length + 1, maskNumberRuns(unit), ...[region, unitField, name].map((key) => textCell(at(rowNumber, key))), amount]);
    }
  }

  /** The sheet; throws ReportError("public-unsafe") when a 姓名 cell of any submission holds ID-like digits. */
  sheet(): NewSheet {
    refuseUnsafeNames(this.unsafeNames);
    const { region, unit, name, amounts } = this.fields;
    const label = (key: FieldKey | null, fallback: string) => (key === null ? fallback : labelOf(this.template, key));
    const amountLabel = amounts.length === 1 ? label(amounts[0], "金额") : "金额";
    const header = ["序号", "来源单位", label(region, "地区"), label(unit, "单位"), label(name, "姓名"), yuanHeading(amountLabel)];
    const total: TableCell[] = [totalLabel(this.unreadable), null, null, null, null, fenToYuan(this.totalFen)];
    return { name: PUBLIC_SHEET, rows: [header, ...this.lines, total], widths: [6, 16, 16, 20, 12, 14], headerStyle: NEW_WORKBOOK_BOLD };
  }
}

/** An amount that cannot be read shows what stands in its cell (壹仟, #公式未计算), never a blank taken for none. */
function amountText(value: CellValue): TableCell {
  return isCellError(value) ? value.error : textCell(value);
}

function textCell(value: CellValue): TableCell {
  if (value === null || isCellError(value)) return null;
  return maskNumberRuns(String(value));
}



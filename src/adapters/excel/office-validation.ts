import type { BlankColumn } from "../../core/blank-form/blank-form-spec";
import { inlineListFormula, type ColumnValidation } from "../../core/blank-form/data-validation";

const ALERT_STYLES = { stop: "Stop", warning: "Warning" } as const;

/**
 * The columns whose validation Office.js can write: all but lists that cannot be inline (over 255
 * characters, or a value holding a comma), which the .xlsx form keeps on a hidden sheet and the
 * add-in reports as left out rather than adding sheets to a clerk's workbook.
 */
export function writableInExcel(column: BlankColumn): column is BlankColumn & { validation: ColumnValidation } {
  const rule = column.validation?.rule;
  return rule !== undefined && (rule.type !== "list" || inlineListFormula(rule.values) !== null);
}

/** Queues replacing the range's validation with the column's (ExcelApi 1.8): no sync. */
export function queueValidation(range: Excel.Range, { rule, prompt, alert }: ColumnValidation): void {
  const validation = range.dataValidation;
  validation.clear();
  const officeRule = officeRuleOf(rule);
  if (officeRule) validation.rule = officeRule;
  validation.ignoreBlanks = true;
  validation.prompt = { showPrompt: true, title: prompt.title, message: prompt.message };
  if (alert) validation.errorAlert = { showAlert: true, style: ALERT_STYLES[alert.style], title: alert.title, message: alert.message };
}

function officeRuleOf(rule: ColumnValidation["rule"]): Excel.DataValidationRule | null {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "decimal":
      return { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "textLength":
      return rule.min === rule.max
        ? { textLength: { formula1: rule.min, operator: "EqualTo" } }
        : { textLength: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
    case "any":
      return null;
  }
}

import type { ColumnValidation } from "../../core/blank-form/data-validation";

const ALERT_STYLES = { stop: "Stop", warning: "Warning" } as const;

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

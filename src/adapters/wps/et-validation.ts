import type { ColumnValidation } from "../../core/blank-form/data-validation";
import type { EtRange } from "./et-api";
import {
  XL_BETWEEN,
  XL_CELL_TYPE_ALL_VALIDATION,
  XL_EQUAL,
  XL_VALID_ALERT_STOP,
  XL_VALID_ALERT_WARNING,
  XL_VALIDATE_DECIMAL,
  XL_VALIDATE_INPUT_ONLY,
  XL_VALIDATE_LIST,
  XL_VALIDATE_TEXT_LENGTH,
} from "./et-constants";

/** Replaces the range's validation with the column's (Validation.Add, VBA's argument order). */
export function applyValidation(range: EtRange, { rule, prompt, alert }: ColumnValidation): void {
  const validation = range.Validation;
  validation.Delete();
  const style = alert?.style === "warning" ? XL_VALID_ALERT_WARNING : XL_VALID_ALERT_STOP;
  switch (rule.type) {
    case "list":
      validation.Add(XL_VALIDATE_LIST, style, XL_BETWEEN, rule.values.join(","));
      validation.InCellDropdown = true;
      break;
    case "decimal":
      validation.Add(XL_VALIDATE_DECIMAL, style, XL_BETWEEN, String(rule.min), String(rule.max));
      break;
    case "textLength":
      if (rule.min === rule.max) validation.Add(XL_VALIDATE_TEXT_LENGTH, style, XL_EQUAL, String(rule.min));
      else validation.Add(XL_VALIDATE_TEXT_LENGTH, style, XL_BETWEEN, String(rule.min), String(rule.max));
      break;
    case "any":
      validation.Add(XL_VALIDATE_INPUT_ONLY, style);
      break;
  }
  validation.IgnoreBlank = true;
  validation.InputTitle = prompt.title;
  validation.InputMessage = prompt.message;
  validation.ShowInput = true;
  validation.ShowError = alert !== undefined;
  if (alert) {
    validation.ErrorTitle = alert.title;
    validation.ErrorMessage = alert.message;
  }
}

/**
 * Whether any cell of the range carries validation: SpecialCells(all validation) answers in one
 * call and throws where there is none, as in VBA. (Validation.Type throws on a range only partly
 * covered too, so it cannot tell "none" from "some".)
 */
export function hasValidation(range: EtRange): boolean {
  try {
    range.SpecialCells(XL_CELL_TYPE_ALL_VALIDATION);
    return true;
  } catch {
    return false;
  }
}

import { assertWritable, eachCell, type CellTarget } from "./cells";
import { OfficeError } from "./office-error";
import { FakeClientObject, type RequestQueue } from "./request-context";
import type { ModelValidation } from "./workbook-model";

/** The rule kinds of Excel.DataValidationRule and the `type` each reports. */
const RULE_TYPES: Readonly<Record<string, Excel.DataValidationType | `${Excel.DataValidationType}`>> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

const EMPTY: ModelValidation = { rule: null, prompt: null, errorAlert: null, ignoreBlanks: true };

/**
 * Range.dataValidation (ExcelApi 1.8), stored per cell. As in Excel, a rule holds exactly one kind,
 * a list source is at most 255 characters unless it is a reference (=…), and a property that
 * differs across the range reads as null (`type`: Inconsistent).
 */
export class FakeDataValidation
  extends FakeClientObject
  implements Pick<Excel.DataValidation, "rule" | "prompt" | "errorAlert" | "ignoreBlanks" | "type" | "clear">
{
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly target: () => CellTarget,
  ) {
    super(queue, path);
  }

  get rule(): Excel.DataValidationRule {
    return this.loadedValue("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.update("rule", rule, (current) => {
      const kinds = Object.keys(rule ?? {}).filter((kind) => rule[kind as keyof Excel.DataValidationRule] !== undefined);
      if (kinds.length !== 1 || !(kinds[0] in RULE_TYPES)) {
        throw new OfficeError("InvalidArgument", `A data validation rule needs exactly one kind, not ${JSON.stringify(kinds)}.`);
      }
      const source = rule.list?.source;
      if (typeof source === "string" && !source.startsWith("=") && source.length > 255) {
        throw new OfficeError("InvalidArgument", "The list source is longer than 255 characters.");
      }
      return { ...current, rule: JSON.parse(JSON.stringify(rule)) as Excel.DataValidationRule };
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.loadedValue("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.update("prompt", prompt, (current) => ({ ...current, prompt: { ...prompt } }));
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.loadedValue("errorAlert");
  }
  set errorAlert(errorAlert: Excel.DataValidationErrorAlert) {
    this.update("errorAlert", errorAlert, (current) => ({ ...current, errorAlert: { ...errorAlert } }));
  }

  get ignoreBlanks(): boolean {
    return this.loadedValue("ignoreBlanks");
  }
  set ignoreBlanks(ignoreBlanks: boolean) {
    this.update("ignoreBlanks", ignoreBlanks, (current) => ({ ...current, ignoreBlanks }));
  }

  get type(): Excel.DataValidationType {
    return this.loadedValue("type");
  }

  clear(): void {
    this.update("clear", null, () => undefined);
  }

  private update(operation: string, args: unknown, next: (current: ModelValidation) => ModelValidation | undefined): void {
    this.enqueueCall(operation, args, () => {
      const { sheet, rects } = this.target();
      assertWritable(sheet);
      // One new value per distinct old one, so a 100,000-row column shares a handful of objects.
      const replaced = new Map<ModelValidation | undefined, ModelValidation | undefined>();
      for (const [row, column] of eachCell(rects)) {
        const current = sheet.validation(row, column);
        if (!replaced.has(current)) replaced.set(current, next(current ?? EMPTY));
        sheet.setValidation(row, column, replaced.get(current));
      }
    });
  }

  protected readProperty(name: string): unknown {
    const { sheet, rects } = this.target();
    const seen = new Set<string>();
    let first: unknown = undefined;
    for (const [row, column] of eachCell(rects)) {
      const value = property(sheet.validation(row, column) ?? EMPTY, name);
      seen.add(JSON.stringify(value));
      if (seen.size > 1) return name === "type" ? "Inconsistent" : null;
      first = value;
    }
    return first;
  }
}

function property(validation: ModelValidation, name: string): unknown {
  switch (name) {
    case "type": {
      const kind = validation.rule ? Object.keys(validation.rule)[0] : null;
      return kind ? RULE_TYPES[kind] : "None";
    }
    case "rule":
      return validation.rule ?? {};
    case "prompt":
      return validation.prompt ?? { showPrompt: false, title: "", message: "" };
    case "errorAlert":
      return validation.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" };
    case "ignoreBlanks":
      return validation.ignoreBlanks;
    default:
      throw new Error(`in-memory Excel: DataValidation.${name} is not modelled`);
  }
}

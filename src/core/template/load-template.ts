import { ReportError } from "../errors";
import { mergeFields } from "./merge-fields";
import { mergeOverrides } from "./merge-overrides";
import { minimumsOffProblems, unreachableFieldProblems } from "./override-problems";
import { ruleOverridesSchema, templateSchema, type FieldSpec, type Template } from "./schema";
import { isPlainObject, unknownKeyProblems, zodProblems, type TemplateProblem } from "./template-problems";

type Failure = { readonly code: "template-invalid" | "rules-invalid"; readonly zh: string; readonly en: string };

const TEMPLATE_INVALID: Failure = { code: "template-invalid", zh: "模板有误", en: "Invalid template" };
const RULES_INVALID: Failure = { code: "rules-invalid", zh: "规则文件有误", en: "Invalid rules file" };

/** A whole template from JSON (a saved or shared one). */
export function parseTemplate(json: unknown): Template {
  return validate(json, unknownKeyProblems(templateSchema, json), TEMPLATE_INVALID, unreachableFieldProblems);
}

/**
 * The template with a clerk's partial JSON (`--rules`, workbook settings) laid over it: objects
 * merge key by key, `fields` by field key (merge-fields.ts), other lists replace the built-in one.
 */
export function applyRuleOverrides(template: Template, json: unknown): Template {
  if (!isPlainObject(json)) {
    throw failure(RULES_INVALID, [{ path: "(根 / root)", zh: "应为对象 {...}", en: "expected an object {...}" }]);
  }
  const problems = unknownKeyProblems(ruleOverridesSchema, json);
  let fields: FieldSpec[] = template.fields;
  if (json.fields !== undefined) {
    const overrides = ruleOverridesSchema.shape.fields.safeParse(json.fields);
    if (overrides.success) {
      const merged = mergeFields(template.fields, overrides.data);
      fields = merged.fields;
      problems.push(...merged.problems);
    } else {
      problems.push(...zodProblems(overrides.error, json.fields, ["fields"]));
    }
  }
  return validate(mergeOverrides(template, { ...json, fields }), problems, RULES_INVALID, (merged) => [
    ...unreachableFieldProblems(merged),
    ...minimumsOffProblems(template, merged),
  ]);
}

/**
 * Unknown keys are judged on what the clerk wrote (already in `problems`); types, and then what
 * the template would mean, on the merged result. Every problem is named at once.
 */
function validate(merged: unknown, problems: TemplateProblem[], kind: Failure, meaning: (template: Template) => TemplateProblem[]): Template {
  const parsed = templateSchema.safeParse(merged);
  if (parsed.success) problems.push(...meaning(parsed.data));
  else problems.push(...zodProblems(parsed.error, merged));
  if (problems.length > 0 || !parsed.success) throw failure(kind, problems);
  return parsed.data;
}

function failure(kind: Failure, problems: readonly TemplateProblem[]): ReportError {
  return new ReportError(
    kind.code,
    `${kind.zh}：${problems.map((p) => `${p.path}: ${p.zh}`).join("；")}`,
    `${kind.en}: ${problems.map((p) => `${p.path}: ${p.en}`).join("; ")}`,
  );
}

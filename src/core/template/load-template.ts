import { ReportError } from "../errors";
import { mergeOverrides } from "./merge-overrides";
import { templateSchema, type Template } from "./schema";
import { isPlainObject, unknownKeyProblems, zodProblems, type TemplateProblem } from "./template-problems";

type Failure = { readonly code: "template-invalid" | "rules-invalid"; readonly zh: string; readonly en: string };

const TEMPLATE_INVALID: Failure = { code: "template-invalid", zh: "模板有误", en: "Invalid template" };
const RULES_INVALID: Failure = { code: "rules-invalid", zh: "规则文件有误", en: "Invalid rules file" };

/** A whole template from JSON (a saved or shared one). */
export function parseTemplate(json: unknown): Template {
  return validate(json, json, TEMPLATE_INVALID);
}

/** The template with a clerk's partial JSON (`--rules`, workbook settings) laid over it. */
export function applyRuleOverrides(template: Template, json: unknown): Template {
  if (!isPlainObject(json)) {
    throw failure(RULES_INVALID, [{ path: "(根 / root)", zh: "应为对象 {...}", en: "expected an object {...}" }]);
  }
  return validate(mergeOverrides(template, json), json, RULES_INVALID);
}

/** Unknown keys are judged on what the clerk wrote; types on the merged result. */
function validate(merged: unknown, given: unknown, kind: Failure): Template {
  const parsed = templateSchema.safeParse(merged);
  const problems = unknownKeyProblems(templateSchema, given);
  if (!parsed.success) problems.push(...zodProblems(parsed.error, merged));
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

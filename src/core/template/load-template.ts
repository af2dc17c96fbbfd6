import { ReportError } from "../errors";
import { templateRoles } from "./field-roles";
import { mergeFields } from "./merge-fields";
import { mergeOverrides } from "./merge-overrides";
import { minimumsOffProblems, unreachableFieldProblems } from "./override-problems";
import { parsePack } from "./load-pack";
import { JSON_LIMITS, jsonShapeProblems } from "./json-limits";
import type { Pack } from "./pack-schema";
import { ruleOverridesSchema, templateSchema, type FieldSpec, type Template } from "./schema";
import { SONGWENNUAN_PACK } from "./songwennuan";
import { isPlainObject, unknownKeyProblems, zodProblems, type TemplateProblem } from "./template-problems";

type Failure = { readonly code: "template-invalid" | "rules-invalid"; readonly zh: string; readonly en: string };

const TEMPLATE_INVALID: Failure = { code: "template-invalid", zh: "模板有误", en: "Invalid template" };
const RULES_INVALID: Failure = { code: "rules-invalid", zh: "规则文件有误", en: "Invalid rules file" };

/** A whole template from JSON (a saved or shared one): its parameters, and its pack under `pack` (送温暖's when absent). */
export function parseTemplate(json: unknown): Template {
  const shape = jsonShapeProblems(json);
  if (shape.length > 0) throw failure(TEMPLATE_INVALID, shape);
  const { pack: packJson, ...data } = isPlainObject(json) ? json : { pack: undefined };
  const pack = packJson === undefined ? SONGWENNUAN_PACK : parsePack(packJson);
  const source = isPlainObject(json) ? data : json;
  return validate(source, unknownKeyProblems(templateSchema, source), TEMPLATE_INVALID, pack, unreachableFieldProblems);
}

/**
 * The template with a clerk's partial JSON (`--rules`, workbook settings) laid over it: objects
 * merge key by key, `fields` by field key (merge-fields.ts), other lists replace the built-in one.
 */
export function applyRuleOverrides(template: Template, json: unknown): Template {
  if (!isPlainObject(json)) {
    throw failure(RULES_INVALID, [{ path: "(根 / root)", zh: "应为对象 {...}", en: "expected an object {...}" }]);
  }
  const shape = jsonShapeProblems(json);
  if (shape.length > 0) throw failure(RULES_INVALID, shape);
  const problems = [...unknownKeyProblems(ruleOverridesSchema, json), ...overrideLimitProblems(json)];
  let fields: FieldSpec[] = template.fields;
  if (json.fields !== undefined) {
    const overrides = ruleOverridesSchema.shape.fields.safeParse(json.fields);
    if (overrides.success) {
      const roles = templateRoles(template);
      const anchors = new Set([roles.name, roles.amount].filter((key): key is string => key !== null));
      const merged = mergeFields(template.fields, overrides.data, anchors);
      fields = merged.fields;
      problems.push(...merged.problems);
    } else {
      problems.push(...zodProblems(overrides.error, json.fields, ["fields"]));
    }
  }
  const { pack, ...data } = template;
  return validate(mergeOverrides(data, { ...json, fields }), problems, RULES_INVALID, pack, (merged) => [
    ...unreachableFieldProblems(merged),
    ...minimumsOffProblems(template, merged),
  ]);
}

/** A rules file's lists within JSON_LIMITS (its fields are merged, its minimum table replaces the form's). */
function overrideLimitProblems(json: Record<string, unknown>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const rules = isPlainObject(json.rules) ? json.rules : {};
  const lists: [PropertyKey[], unknown, number][] = [
    [["fields"], json.fields, JSON_LIMITS.fields],
    [["rules", "minimums"], rules.minimums, JSON_LIMITS.tableRows],
    ...(["archiveLevels", "archiveGroups", "bankPayMethods", "cashPayMethods", "modelWorkerYes"] as const).map((key): [PropertyKey[], unknown, number] => [["rules", key], rules[key], JSON_LIMITS.listItems]),
  ];
  for (const [path, list, cap] of lists) {
    if (Array.isArray(list) && list.length > cap) {
      problems.push({ path: path.join("."), zh: `有 ${list.length} 项，最多 ${cap} 项`, en: `${list.length} entries; at most ${cap}` });
    }
  }
  return problems;
}

/**
 * Unknown keys are judged on what the clerk wrote (already in `problems`); types, and then what
 * the template would mean, on the merged result. Every problem is named at once.
 */
function validate(merged: unknown, problems: TemplateProblem[], kind: Failure, pack: Pack, meaning: (template: Template) => TemplateProblem[]): Template {
  const parsed = templateSchema.safeParse(merged);
  const template = parsed.success ? { ...parsed.data, pack } : null;
  if (template !== null) problems.push(...meaning(template));
  else if (!parsed.success) problems.push(...zodProblems(parsed.error, merged));
  if (problems.length > 0 || template === null) throw failure(kind, problems);
  return template;
}

function failure(kind: Failure, problems: readonly TemplateProblem[]): ReportError {
  return new ReportError(
    kind.code,
    `${kind.zh}：${problems.map((p) => `${p.path}: ${p.zh}`).join("；")}`,
    `${kind.en}: ${problems.map((p) => `${p.path}: ${p.en}`).join("; ")}`,
  );
}

import * as z from "zod/mini";
import { keyPath } from "./key-path";

/** One thing wrong in a template or rules JSON, said in both languages. */
export interface TemplateProblem {
  readonly path: string;
  readonly zh: string;
  readonly en: string;
}

/**
 * zod's objects drop unknown keys silently, but a misspelt key in a clerk's rules file
 * (minimun) would then change nothing without a word: walk the JSON beside the schema instead.
 */
export function unknownKeyProblems(schema: z.core.$ZodType, json: unknown, path: PropertyKey[] = []): TemplateProblem[] {
  const inner = schema instanceof z.ZodMiniOptional ? schema.def.innerType : schema;
  if (inner instanceof z.ZodMiniDiscriminatedUnion && isPlainObject(json)) {
    // A rule's keys depend on its kind: judge them against the kind it says it is.
    const { discriminator, options } = inner.def as z.core.$ZodDiscriminatedUnionDef;
    const option = options.find((candidate) => literalValues(candidate, discriminator).includes(json[discriminator]));
    return option === undefined ? [] : unknownKeyProblems(option, json, path);
  }
  if (inner instanceof z.ZodMiniArray && Array.isArray(json)) {
    return json.flatMap((item, index) => unknownKeyProblems(inner.def.element, item, [...path, index]));
  }
  if (!(inner instanceof z.ZodMiniObject) || !isPlainObject(json)) return [];
  const shape = inner.shape as Record<string, z.core.$ZodType>;
  return Object.keys(json).flatMap((key) =>
    key in shape
      ? unknownKeyProblems(shape[key], json[key], [...path, key])
      : [{ path: keyPath([...path, key]), zh: `未知的键，可用：${Object.keys(shape).join("、")}`, en: `unknown key; known keys: ${Object.keys(shape).join(", ")}` }],
  );
}

function literalValues(option: z.core.$ZodType, discriminator: string): readonly unknown[] {
  if (!(option instanceof z.ZodMiniObject)) return [];
  const literal = (option.shape as Record<string, z.core.$ZodType>)[discriminator];
  return literal instanceof z.ZodMiniLiteral ? literal.def.values : [];
}

/** `at` is where `json` sits in the file the clerk wrote (["fields"] for the fields list alone). */
export function zodProblems(error: z.core.$ZodError, json: unknown, at: readonly PropertyKey[] = []): TemplateProblem[] {
  return error.issues.map((issue) => {
    const [zh, en] = describeIssue(issue, valueAt(json, issue.path));
    return { path: keyPath([...at, ...issue.path]), zh, en };
  });
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const TYPE_NAMES: Record<string, [string, string]> = {
  number: ["数字", "a number"],
  string: ["文字", "text"],
  boolean: ["true 或 false", "true or false"],
  array: ["列表 [...]", "a list [...]"],
  object: ["对象 {...}", "an object {...}"],
};

function describeIssue(issue: z.core.$ZodIssue, value: unknown): [string, string] {
  switch (issue.code) {
    case "invalid_type": {
      if (value === undefined) return ["缺少此项", "missing"];
      const [zh, en] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
      return [`应为${zh}`, `expected ${en}`];
    }
    case "too_small":
      if (issue.origin === "array") return [`至少要有${issue.minimum}项`, `needs at least ${issue.minimum} item(s)`];
      if (issue.origin === "string") return ["不能为空", "must not be empty"];
      return [`不能小于${issue.minimum}`, `must not be less than ${issue.minimum}`];
    case "not_multiple_of":
      return [`应为${issue.divisor}的整数倍（金额最多两位小数）`, `must be a multiple of ${issue.divisor} (at most two decimals)`];
    case "invalid_union":
      if ("options" in issue && issue.options !== undefined) {
        return [`应为以下之一：${issue.options.join("、")}`, `expected one of: ${issue.options.join(", ")}`];
      }
      return ["写法不对", "not a valid entry"];
    case "invalid_value": {
      if (value === undefined) return ["缺少此项", "missing"];
      const values = issue.values.map(String);
      return [`应为以下之一：${values.join("、")}`, `expected one of: ${values.join(", ")}`];
    }
    default: {
      // Custom refinements in the schema already write "中文 / English".
      const [zh, en = zh] = issue.message.split(" / ");
      return [zh, en];
    }
  }
}

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const part of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

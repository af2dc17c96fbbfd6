import { ReportError } from "../errors";
import { packProblems } from "./pack-problems";
import { packSchema, type Pack } from "./pack-schema";
import { unknownKeyProblems, zodProblems, type TemplateProblem } from "./template-problems";

/**
 * A template pack from JSON (a bundled one, a province's file, one saved in a workbook). Every
 * problem is named at once — unknown keys, wrong types, references to fields the pack lacks —
 * one per bad key, at its JSON path.
 */
export function parsePack(json: unknown): Pack {
  const problems: TemplateProblem[] = unknownKeyProblems(packSchema, json);
  const parsed = packSchema.safeParse(json);
  if (parsed.success) problems.push(...packProblems(parsed.data));
  else problems.push(...zodProblems(parsed.error, json));
  if (problems.length > 0 || !parsed.success) throw packInvalid(problems);
  return parsed.data;
}

function packInvalid(problems: readonly TemplateProblem[]): ReportError {
  return new ReportError(
    "template-invalid",
    `模板有误：${problems.map((p) => `${p.path}: ${p.zh}`).join("；")}`,
    `Invalid template: ${problems.map((p) => `${p.path}: ${p.en}`).join("; ")}`,
  );
}

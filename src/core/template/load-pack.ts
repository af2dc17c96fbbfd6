import { ReportError } from "../errors";
import { jsonShapeProblems, packLimitProblems } from "./json-limits";
import { packProblems } from "./pack-problems";
import { packSchema, type Pack } from "./pack-schema";
import { unknownKeyProblems, zodProblems, type TemplateProblem } from "./template-problems";

/** A pack read from JSON: the pack, or every problem with it (never both). */
export type PackReading = { readonly pack: Pack; readonly problems: readonly [] } | { readonly pack: null; readonly problems: readonly TemplateProblem[] };

/**
 * Every problem of a pack's JSON at once — unknown keys, wrong types, references to fields the
 * pack lacks — one per bad key, at its JSON path. The pane lists them one per line.
 */
export function readPack(json: unknown): PackReading {
  // Forbidden keys and size first: nothing else reads a document that has them (json-limits.ts).
  const shape = jsonShapeProblems(json);
  if (shape.length > 0) return { pack: null, problems: shape };
  const problems: TemplateProblem[] = unknownKeyProblems(packSchema, json);
  const parsed = packSchema.safeParse(json);
  if (parsed.success) {
    const limits = packLimitProblems(parsed.data);
    if (limits.length > 0) return { pack: null, problems: [...problems, ...limits] };
    problems.push(...packProblems(parsed.data));
  }
  else problems.push(...zodProblems(parsed.error, json));
  if (problems.length > 0 || !parsed.success) return { pack: null, problems };
  return { pack: parsed.data, problems: [] };
}

/** A template pack from JSON (a bundled one, a province's file, one saved in a workbook); throws naming every problem. */
export function parsePack(json: unknown): Pack {
  const reading = readPack(json);
  if (reading.pack === null) throw packInvalid(reading.problems);
  return reading.pack;
}

function packInvalid(problems: readonly TemplateProblem[]): ReportError {
  return new ReportError(
    "template-invalid",
    `模板有误：${problems.map((p) => `${p.path}: ${p.zh}`).join("；")}`,
    `Invalid template: ${problems.map((p) => `${p.path}: ${p.en}`).join("; ")}`,
  );
}

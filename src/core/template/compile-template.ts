import type { FieldKey } from "../fields";
import { foldHeader } from "../header/fold-header";
import { archiveLevelKey } from "./archive-level";
import { compileArchiveNoPattern, type ArchiveNoMatcher } from "./archive-no-matcher";
import { MinimumTable } from "./minimum-table";
import type { FieldSpec, Template } from "./schema";

/**
 * A template in the form the per-row loop reads: everything that could be derived once is.
 * zod has already validated the template; nothing here validates again.
 */
export interface CompiledTemplate {
  readonly template: Template;
  /** Folded header text → field. */
  readonly aliases: ReadonlyMap<string, FieldKey>;
  /** Fields declared by the template, in template order. */
  readonly fields: readonly FieldSpec[];
  /** Fields every data row must fill. */
  readonly required: readonly FieldKey[];
  /** Fields a row must name to be taken for the header: the required ones, and name and amount. */
  readonly headerFields: readonly FieldKey[];
  readonly archiveLevels: ReadonlySet<string>;
  readonly archiveGroups: ReadonlySet<string>;
  readonly minimums: MinimumTable;
  readonly bankPayMethods: ReadonlySet<string>;
  readonly cashPayMethods: ReadonlySet<string>;
  readonly modelWorkerYes: ReadonlySet<string>;
  /** The template's archive-number pattern, anchored to the whole number; null when unset. */
  readonly archiveNoPattern: ArchiveNoMatcher | null;
}

/** Header detection always needs a name and an amount, whatever else a template requires. */
const ANCHOR_FIELDS: readonly FieldKey[] = ["name", "amount"];

export function compileTemplate(template: Template): CompiledTemplate {
  const { rules } = template;
  const fields = template.fields;
  const aliases = new Map<string, FieldKey>();
  for (const spec of fields) {
    for (const alias of [spec.label, ...spec.aliases]) {
      const folded = foldHeader(alias).text;
      if (!aliases.has(folded)) aliases.set(folded, spec.key);
    }
  }
  const required = fields.filter((spec) => spec.required).map((spec) => spec.key);
  const declared = new Set(fields.map((spec) => spec.key));
  const headerFields = [...required, ...ANCHOR_FIELDS.filter((key) => declared.has(key) && !required.includes(key))];
  return {
    template,
    aliases,
    fields,
    required,
    headerFields,
    archiveLevels: new Set(rules.archiveLevels.map(archiveLevelKey)),
    archiveGroups: new Set(rules.archiveGroups),
    minimums: new MinimumTable(rules.minimums),
    bankPayMethods: new Set(rules.bankPayMethods),
    cashPayMethods: new Set(rules.cashPayMethods),
    modelWorkerYes: new Set(rules.modelWorkerYes),
    archiveNoPattern: rules.archiveNoPattern === undefined ? null : compileArchiveNoPattern(rules.archiveNoPattern),
  };
}

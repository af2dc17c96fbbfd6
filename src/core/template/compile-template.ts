import type { FieldKey } from "../fields";
import { foldHeader } from "../header/fold-header";
import { archiveLevelKey } from "./archive-level";
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
  /**
   * Folded header text → its place in its field's list (label first): where two columns name one
   * field (县市区 and 乡镇, 联系电话 and 电话), the more specific wording takes it.
   */
  readonly aliasRanks: ReadonlyMap<string, number>;
  /** Fields declared by the template, in template order. */
  readonly fields: readonly FieldSpec[];
  /** Fields every data row must fill. */
  readonly required: readonly FieldKey[];
  /** Fields a row must name to be taken for the header: the required ones, and name and amount. */
  readonly headerFields: readonly FieldKey[];
  readonly archiveLevels: ReadonlySet<string>;
  readonly archiveGroups: ReadonlySet<string>;
  readonly minimums: MinimumTable;
  readonly amountCeilingFen: number;
  readonly bankPayMethods: ReadonlySet<string>;
  readonly cashPayMethods: ReadonlySet<string>;
  readonly modelWorkerYes: ReadonlySet<string>;
  /**
   * The template's archive-number pattern (source text); null when unset. Compiled on RE2 only
   * where rows are checked (check-session.ts), so the pane's first download carries no regex engine.
   */
  readonly archiveNoPattern: string | null;
}

/** Header detection always needs a name and an amount, whatever else a template requires. */
const ANCHOR_FIELDS: readonly FieldKey[] = ["name", "amount"];

export function compileTemplate(template: Template): CompiledTemplate {
  const { rules } = template;
  const fields = template.fields;
  const aliases = new Map<string, FieldKey>();
  const aliasRanks = new Map<string, number>();
  for (const spec of fields) {
    [spec.label, ...spec.aliases].forEach((alias, rank) => {
      const folded = foldHeader(alias).text;
      if (aliases.has(folded)) return;
      aliases.set(folded, spec.key);
      aliasRanks.set(folded, rank);
    });
  }
  const required = fields.filter((spec) => spec.required).map((spec) => spec.key);
  const declared = new Set(fields.map((spec) => spec.key));
  const headerFields = [...required, ...ANCHOR_FIELDS.filter((key) => declared.has(key) && !required.includes(key))];
  return {
    template,
    aliases,
    aliasRanks,
    fields,
    required,
    headerFields,
    archiveLevels: new Set(rules.archiveLevels.map(archiveLevelKey)),
    archiveGroups: new Set(rules.archiveGroups),
    minimums: new MinimumTable(rules.minimums),
    amountCeilingFen: Math.round(rules.amountCeilingYuan * 100),
    bankPayMethods: new Set(rules.bankPayMethods),
    cashPayMethods: new Set(rules.cashPayMethods),
    modelWorkerYes: new Set(rules.modelWorkerYes),
    archiveNoPattern: rules.archiveNoPattern ?? null,
  };
}

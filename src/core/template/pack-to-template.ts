import { splitRules } from "./builtin-checks";
import { fieldRoles } from "./field-roles";
import type { Pack } from "./pack-schema";
import type { Minimum, Template } from "./schema";

/**
 * The pack as the rule parameters the check engine, `--rules` files, saved workbook settings and
 * the 设置 tab read and override (archive levels, the minimum table by level and group, the
 * ceiling, pay methods), taken from the rules the engine's own checks claim (builtin-checks.ts).
 * The pack stays the one source: these are derived from it.
 */
export function packToTemplate(pack: Pack): Template {
  const { archive, minimum, ceiling, pattern } = splitRules(pack, fieldRoles(pack, new Set(pack.fields.map((field) => field.key))));
  const levelField = archive?.level;
  const groupField = archive?.group;
  const flag = pack.flags?.[0];
  return {
    id: pack.id,
    name: pack.name,
    fields: pack.fields.map((field) => ({
      key: field.key,
      label: field.label,
      aliases: field.aliases ?? [field.label],
      required: field.required ?? false,
    })),
    rules: {
      archiveLevels: archive?.levels ?? [],
      archiveGroups: archive?.groups ?? [],
      minimums: (minimum?.table ?? []).map(({ when = {}, yuan }): Minimum => {
        const entry: { level?: string; group?: string; minYuan: number } = { minYuan: yuan };
        if (levelField !== undefined && when[levelField] !== undefined) entry.level = when[levelField];
        if (groupField !== undefined && when[groupField] !== undefined) entry.group = when[groupField];
        return entry;
      }),
      amountCeilingYuan: ceiling?.yuan ?? NO_CEILING_YUAN,
      ...(pattern === undefined ? {} : { archiveNoPattern: pattern.pattern }),
      bankPayMethods: pack.payment?.bankMethods ?? [],
      cashPayMethods: pack.payment?.cashMethods ?? [],
      modelWorkerYes: flag?.yes ?? [],
    },
    summaries: pack.summaries,
    pack,
  };
}

/** No household is paid a hundred million yuan: a pack without a ceiling questions no amount. */
const NO_CEILING_YUAN = 100_000_000;

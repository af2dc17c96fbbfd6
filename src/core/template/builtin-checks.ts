import type { FieldRoles } from "./field-roles";
import type { Pack, PackRule } from "./pack-schema";

type RuleOf<K extends PackRule["kind"]> = Extract<PackRule, { kind: K }>;

export interface SplitRules {
  readonly builtins: BuiltinChecks;
  /** The rules whose parameters the engine's own checks take (pack-to-template.ts). */
  readonly archive: RuleOf<"archive-required"> | undefined;
  readonly minimum: RuleOf<"minimum"> | undefined;
  readonly ceiling: RuleOf<"ceiling"> | undefined;
  readonly pattern: RuleOf<"pattern"> | undefined;
  /** Everything else, run from data by kind. */
  readonly generic: PackRule[];
}

/** The engine's own checks a pack switches on by a rule naming their catalogue code on their fields. */
export interface BuiltinChecks {
  readonly duplicatePerson: boolean;
  readonly archiveShared: boolean;
  readonly accountShared: boolean;
  readonly holderMismatch: boolean;
  readonly payMethod: boolean;
}

/**
 * Splits a pack's rules between the engine's own checks (送温暖's, whose messages and fine points
 * — a 15-digit ID equal to its 18-digit successor, an archive number standing in for a missing ID
 * — are those of today's catalogue) and the generic kinds run from data. A rule is the engine's
 * when its kind, code and fields are exactly what that check reads; anything else runs generically.
 */
export function splitRules(pack: Pack, roles: FieldRoles): SplitRules {
  const claimed = new Set<PackRule>();
  const take = <K extends PackRule["kind"]>(kind: K, test: (rule: RuleOf<K>) => boolean): RuleOf<K> | undefined => {
    const rule = pack.rules.find((candidate): candidate is RuleOf<K> => candidate.kind === kind && !claimed.has(candidate) && test(candidate as RuleOf<K>));
    if (rule !== undefined) claimed.add(rule);
    return rule;
  };
  const claim = (test: (rule: PackRule) => boolean): boolean => {
    const rule = pack.rules.find((candidate) => !claimed.has(candidate) && test(candidate));
    if (rule !== undefined) claimed.add(rule);
    return rule !== undefined;
  };
  const uniqueOn = (code: string, key: string | null) => (rule: PackRule) =>
    rule.kind === "unique" && rule.code === code && key !== null && rule.fields.length === 1 && rule.fields[0] === key;
  const archiveKeys = new Set([roles.archiveLevel, roles.archiveGroup]);
  const archive = take("archive-required", () => true);
  const keyedByArchive = (rule: RuleOf<"minimum">) =>
    [...(rule.by ?? []), ...rule.table.flatMap((entry) => Object.keys(entry.when ?? {}))].every((key) => archiveKeys.has(key));
  const minimum = take("minimum", (rule) => rule.code === "amount-below-minimum" && rule.field === roles.amount && keyedByArchive(rule));
  const ceiling = take("ceiling", (rule) => rule.code === "amount-implausible" && rule.field === roles.amount);
  const pattern = take("pattern", (rule) => rule.code === "archive-no-format" && rule.field === roles.archiveNo);
  const builtins: BuiltinChecks = {
    payMethod: claim((rule) => rule.kind === "pay-method"),
    holderMismatch: claim(
      (rule) =>
        rule.kind === "equals-field" &&
        rule.code === "account-holder-mismatch" &&
        rule.field === roles.holder &&
        rule.equals.length === 1 &&
        rule.equals[0] === roles.name,
    ),
    duplicatePerson: claim(uniqueOn("duplicate-person", roles.id)),
    accountShared: claim(uniqueOn("account-shared", roles.account)),
    archiveShared: claim(uniqueOn("archive-shared", roles.archiveNo)),
  };
  return { builtins, archive, minimum, ceiling, pattern, generic: pack.rules.filter((rule) => !claimed.has(rule)) };
}

import type { FieldKey } from "../fields";
import { foldHeader } from "../header/fold-header";
import { fieldName } from "../messages/field-names";
import type { MessageText } from "../messages/catalogue";
import type { AmountScale } from "../rows/parse-amount";
import { archiveLevelKey } from "./archive-level";
import { bankPayMethodKeys } from "./bank-pay-methods";
import { MinimumTable } from "./minimum-table";
import type { FieldType, Pack, PackRule } from "./pack-schema";
import { splitRules, type BuiltinChecks } from "./builtin-checks";
import { fieldRoles, summedFields, type FieldRoles } from "./field-roles";
import type { FieldSpec, Template } from "./schema";
import { sensitiveFields } from "./sensitive-fields";

/** Where each role's text sits in a RowView; a role the pack lacks reads the always-empty slot. */
export type RoleSlots = { readonly [role in keyof FieldRoles]: number };

/**
 * A template in the form the per-row loop reads: everything that could be derived once is.
 * zod has already validated the template; nothing here validates again.
 */
export interface CompiledTemplate {
  readonly template: Template;
  readonly pack: Pack;
  /** Folded header text → field. */
  readonly aliases: ReadonlyMap<string, FieldKey>;
  /**
   * Folded header text → its place in its field's list (label first): where two columns name one
   * field (县市区 and 乡镇, 联系电话 and 电话), the more specific wording takes it.
   */
  readonly aliasRanks: ReadonlyMap<string, number>;
  /** Fields declared by the template, in template order. */
  readonly fields: readonly FieldSpec[];
  /** Each field's slot in a RowView; slots run 0..fields.length, the last one always empty. */
  readonly slots: ReadonlyMap<FieldKey, number>;
  readonly emptySlot: number;
  /** Each field's type (a field a rules file added is text). */
  readonly types: ReadonlyMap<FieldKey, FieldType>;
  /** Per one-of field with synonyms: a synonym's text → the listed value it reads as (全国劳模 → 全国). */
  readonly valueSynonyms: ReadonlyMap<FieldKey, ReadonlyMap<string, string>>;
  /** Masked on screen and in 校验结果. */
  readonly sensitive: ReadonlySet<FieldKey>;
  /** The fields the engine gives a meaning: the person, the amount, the payment, the dimensions. */
  readonly roles: FieldRoles;
  readonly roleSlots: RoleSlots;
  /** Money fields in template order: each is parsed. */
  readonly moneyFields: readonly FieldKey[];
  /** The money fields whose sum is the row's amount: those marked sum, else the amount alone. */
  readonly summedFields: readonly FieldKey[];
  /** 1, or 10000 when the amount field is declared in 万元; a header's own unit still wins. */
  readonly amountScale: AmountScale;
  /** Money and 备注 columns may say 合计 or 小计 without their row being a total. */
  readonly notTotalLabels: readonly FieldKey[];
  /** Fields nothing reads (序号): left unread so they cannot make an empty line look filled. */
  readonly unread: ReadonlySet<FieldKey>;
  /** Fields every data row must fill, and their slots. */
  readonly required: readonly FieldKey[];
  readonly requiredSlots: Int32Array;
  /** A required-missing message's params per field: how messages name it. */
  readonly fieldNames: ReadonlyMap<FieldKey, { readonly field: string; readonly fieldEn: string }>;
  /** Fields a row must name to be taken for the header: the required ones, and name and amount. */
  readonly headerFields: readonly FieldKey[];
  readonly archiveLevels: ReadonlySet<string>;
  readonly archiveGroups: ReadonlySet<string>;
  readonly minimums: MinimumTable;
  readonly amountCeilingFen: number;
  /** Folded by payMethodKey: the bank methods and their aliases, never a cash method. */
  readonly bankPayMethods: ReadonlySet<string>;
  /** The flag's yes values (是否劳模 = 是), its name and its alsoWhen word; "" when the pack has none. */
  readonly modelWorkerYes: ReadonlySet<string>;
  readonly flagName: string;
  readonly flagContains: string;
  /**
   * The template's archive-number pattern (source text); null when unset. Compiled on RE2 only
   * where rows are checked (check-session.ts), so the pane's first download carries no regex engine.
   */
  readonly archiveNoPattern: string | null;
  /** Which of the engine's own checks the pack's rules switch on. */
  readonly builtins: BuiltinChecks;
  /** The pack's rules no built-in check runs: run from data by their kind. */
  readonly genericRules: readonly PackRule[];
}


/** 序号 columns are numbered ahead on empty lines: they must not make a line a row. */
const SEQUENCE_LABEL = foldHeader("序号").text;
const REMARK_LABEL = foldHeader("备注").text;

export function compileTemplate(template: Template): CompiledTemplate {
  const { rules, pack } = template;
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
  const packFields = new Map(pack.fields.map((field) => [field.key, field]));
  const types = new Map(fields.map((spec) => [spec.key, packFields.get(spec.key)?.type ?? "text"]));
  const sensitive = sensitiveFields(template);
  const slots = new Map(fields.map((spec, slot) => [spec.key, slot]));
  const emptySlot = fields.length;
  const present = new Set(slots.keys());
  const roles = fieldRoles(pack, present);
  const roleSlots = Object.fromEntries(Object.entries(roles).map(([role, key]) => [role, key === null ? emptySlot : slots.get(key)!])) as unknown as RoleSlots;
  const { builtins, generic } = splitRules(pack, roles);
  const moneyFields = fields.filter((spec) => types.get(spec.key) === "money").map((spec) => spec.key);
  const required = fields.filter((spec) => spec.required).map((spec) => spec.key);
  const anchors = [roles.name, roles.amount].filter((key): key is FieldKey => key !== null);
  const headerFields = [...required, ...anchors.filter((key) => !required.includes(key))];
  return {
    template,
    pack,
    aliases,
    aliasRanks,
    fields,
    slots,
    emptySlot,
    types,
    valueSynonyms: valueSynonyms(pack, fields),
    sensitive,
    roles,
    roleSlots,
    moneyFields,
    summedFields: summedFields(pack, present, roles.amount),
    amountScale: packFields.get(roles.amount ?? "")?.unit === "万元" ? 10000 : 1,
    notTotalLabels: [...moneyFields, ...fields.filter((spec) => foldHeader(spec.label).text === REMARK_LABEL).map((spec) => spec.key)],
    unread: new Set(fields.filter((spec) => foldHeader(spec.label).text === SEQUENCE_LABEL).map((spec) => spec.key)),
    required,
    requiredSlots: Int32Array.from(required, (key) => slots.get(key)!),
    fieldNames: new Map(fields.map((spec) => [spec.key, termParams(fieldName(template, spec.key))])),
    headerFields,
    archiveLevels: new Set(rules.archiveLevels.map(archiveLevelKey)),
    archiveGroups: new Set(rules.archiveGroups),
    minimums: new MinimumTable(rules.minimums),
    amountCeilingFen: Math.round(rules.amountCeilingYuan * 100),
    bankPayMethods: bankPayMethodKeys(template),
    modelWorkerYes: new Set(rules.modelWorkerYes),
    flagName: roles.flag === null ? "" : (pack.flags?.[0]?.name ?? ""),
    flagContains: roles.flagAlso === null ? "" : (pack.flags?.[0]?.alsoWhen?.contains ?? ""),
    archiveNoPattern: rules.archiveNoPattern ?? null,
    builtins,
    genericRules: generic,
  };
}

function valueSynonyms(pack: Pack, fields: readonly FieldSpec[]): Map<FieldKey, Map<string, string>> {
  const present = new Set(fields.map((spec) => spec.key));
  return new Map(
    pack.fields
      .filter((field) => field.synonyms !== undefined && present.has(field.key))
      .map((field) => [field.key, new Map(Object.entries(field.synonyms!).flatMap(([value, synonyms]) => synonyms.map((synonym) => [synonym, value] as const)))]),
  );
}

function termParams(term: MessageText): { readonly field: string; readonly fieldEn: string } {
  return { field: term.zh, fieldEn: term.en };
}

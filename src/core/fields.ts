/** Canonical column keys of a roster. Headers vary by unit; templates map aliases onto these. */
export const FIELD_KEYS = [
  "seq",
  "region",
  "unit",
  "name",
  "idNumber",
  "group",
  "hardshipType",
  "archiveLevel",
  "archiveNo",
  "modelWorker",
  "amount",
  "payMethod",
  "bankName",
  "account",
  "accountHolder",
  "phone",
  "remark",
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

/** Columns whose contents are sensitive personal data: masked on screen and in 校验结果. */
export const SENSITIVE_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>(["idNumber", "account", "phone"]);

import type { FieldKey } from "../fields";

/**
 * How a column is typed into a blank form. Today's templates declare no field types, so the kind
 * follows from the field's key, here and only here; when templates declare a type per field
 * (issue 10, item 1) this table is what that type replaces.
 */
export type InputKind = "text" | "id-number" | "bank-account" | "phone" | "archive-number" | "money" | "one-of";

const KINDS: Partial<Record<FieldKey, InputKind>> = {
  idNumber: "id-number",
  account: "bank-account",
  phone: "phone",
  archiveNo: "archive-number",
  amount: "money",
  archiveLevel: "one-of",
  group: "one-of",
  payMethod: "one-of",
  modelWorker: "one-of",
};

export function inputKind(key: FieldKey): InputKind {
  return KINDS[key] ?? "text";
}

/**
 * Kinds whose cells must be text: a number loses digits past the 15th (IDs, cards) or its leading
 * zeros (landlines 0902…, archive numbers 000123).
 */
export function needsTextFormat(kind: InputKind): boolean {
  return kind === "id-number" || kind === "bank-account" || kind === "phone" || kind === "archive-number";
}

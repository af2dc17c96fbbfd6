import { SONGWENNUAN_PACK } from "../../../src/core/template/songwennuan";

/**
 * Issue 22's worst finding: a roster with six real errors that carries, in its saved settings, a
 * pack with the bundled 送温暖's id and name but no rules and its ID column typed as text. Adopted silently, it gave 结论：未发现错误.
 */
export function noRulesPack(): unknown {
  const fields = SONGWENNUAN_PACK.fields.map((field) => ({ ...field, required: false, type: field.type === "id-number" ? "text" : field.type }));
  return { ...SONGWENNUAN_PACK, fields, person: { name: "name" }, rules: [] };
}

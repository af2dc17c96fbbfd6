import { mergeFields } from "../../../src/core/template/merge-fields";
import type { FieldSpec } from "../../../src/core/template/schema";

const BASE: FieldSpec[] = [
  { key: "region", label: "地区", aliases: ["地区", "片区"], required: true },
  { key: "name", label: "姓名", aliases: ["姓名"], required: true },
  { key: "group", label: "人员类别", aliases: ["人员类别", "类别"], required: false },
  { key: "hardshipType", label: "困难类别", aliases: ["困难类别"], required: false },
  { key: "phone", label: "联系电话", aliases: ["联系电话", "电话"], required: false },
];

/** 送温暖's person name and amount: header detection needs them. */
const ANCHORS = new Set(["name", "amount"]);

describe("mergeFields", () => {
  it("adds aliases once, keeps the field's place and everything not named", () => {
    const { fields, problems } = mergeFields(BASE, [{ key: "region", aliases: ["乡镇", "片区"] }], ANCHORS);
    expect(problems).toEqual([]);
    expect(fields).toEqual([{ ...BASE[0], aliases: ["地区", "片区", "乡镇"] }, ...BASE.slice(1)]);
  });

  it("replaces a label and sets required", () => {
    const { fields } = mergeFields(BASE, [{ key: "phone", label: "手机", required: true }], ANCHORS);
    expect(fields[4]).toEqual({ key: "phone", label: "手机", aliases: ["联系电话", "电话"], required: true });
  });

  it("moves a header text to the field the clerk gives it, compared after folding", () => {
    const { fields } = mergeFields(BASE, [{ key: "hardshipType", aliases: ["类 别"] }], ANCHORS);
    expect(fields[2].aliases).toEqual(["人员类别"]);
    expect(fields[3].aliases).toEqual(["困难类别", "类 别"]);
  });

  it("leaves a field whose every alias moved its own label", () => {
    const { fields } = mergeFields(BASE, [{ key: "hardshipType", aliases: ["人员类别", "类别"] }], ANCHORS);
    expect(fields[2].aliases).toEqual(["人员类别"]);
  });

  it("removes an optional field on an explicit remove, and refuses a required or unknown one", () => {
    expect(mergeFields(BASE, [{ key: "phone", remove: true }], ANCHORS).fields.map((f) => f.key)).toEqual(["region", "name", "group", "hardshipType"]);
    expect(mergeFields(BASE, [{ key: "phone", remove: false }], ANCHORS).fields).toEqual(BASE);
    expect(mergeFields(BASE, [{ key: "name", remove: true }], ANCHORS).problems.map((p) => p.path)).toEqual(["fields[0].remove"]);
    expect(mergeFields(BASE, [{ key: "account", remove: true }], ANCHORS).problems.map((p) => `${p.path}: ${p.zh}`)).toEqual([
      "fields[0].key: 模板中没有“account”这一列，无从删除",
    ]);
  });

  it("adds a field the template lacks only with a label and aliases", () => {
    expect(mergeFields(BASE, [{ key: "account", label: "银行卡号", aliases: ["卡号"] }], ANCHORS).fields[5]).toEqual({ key: "account", label: "银行卡号", aliases: ["卡号"], required: false });
    expect(mergeFields(BASE, [{ key: "account", aliases: ["卡号"] }], ANCHORS).problems.map((p) => p.path)).toEqual(["fields[0].label"]);
  });
});

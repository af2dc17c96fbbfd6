import { templateSchema } from "../../../src/core/template/schema";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";

describe("SONGWENNUAN_TEMPLATE", () => {
  it("is a valid template", () => {
    const { pack: _pack, ...data } = SONGWENNUAN_TEMPLATE;
    expect(templateSchema.parse(data)).toEqual(data);
  });

  it("declares all 17 fields, requiring region, name and amount", () => {
    expect(SONGWENNUAN_TEMPLATE.fields.map((f) => f.key)).toEqual([
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
    ]);
    expect(SONGWENNUAN_TEMPLATE.fields.filter((f) => f.required).map((f) => f.key)).toEqual(["region", "name", "amount"]);
  });

  it("sets the notice's 1000-yuan floor for 全总 and 省总 only", () => {
    expect(SONGWENNUAN_TEMPLATE.rules.minimums).toEqual([
      { level: "全总", minYuan: 1000 },
      { level: "省总", minYuan: 1000 },
    ]);
  });
});

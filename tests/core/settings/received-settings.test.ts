import { checkGrid } from "../../../src/core/check/check-grid";
import { carriedPackChoice, receiveSettings, withheldLine } from "../../../src/core/settings/received-settings";
import { weakenings } from "../../../src/core/settings/weakenings";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";
import { packToTemplate } from "../../../src/core/template/pack-to-template";
import { SONGWENNUAN_PACK, SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { HEADER, person, TODAY } from "../check/roster-fixture";

const zh = (texts: readonly { zh: string }[]) => texts.map((text) => text.zh);

describe("received settings are evidence, not authority", () => {
  it("the bundled form compared with itself loosens nothing", () => {
    for (const template of BUNDLED_TEMPLATES) expect(weakenings(template, template)).toEqual([]);
  });

  it("a pack with 送温暖's id and no rules is compared with the bundled 送温暖 and every loosening named", () => {
    const stripped = { ...SONGWENNUAN_PACK, rules: [] };
    const { reference, differences } = carriedPackChoice(stripped, BUNDLED_TEMPLATES);
    expect(reference?.id).toBe("songwennuan");
    expect(zh(differences)).toEqual(
      expect.arrayContaining(["去掉或改动了规则 duplicate-person（idNumber）", "最低标准（全总）不再适用", "金额上限由 20000 元提高到 100000000 元"]),
    );
  });

  it("a pack of an id nobody here knows is not compared", () => {
    expect(carriedPackChoice({ ...SONGWENNUAN_PACK, id: "xinjiang", name: "新疆" }, BUNDLED_TEMPLATES)).toEqual({ reference: null, differences: [] });
  });

  it("a type weakened, a required column made optional, the person's ID unset: each named", () => {
    const fields = SONGWENNUAN_PACK.fields.map((field) => (field.key === "idNumber" ? { ...field, type: "text" as const } : field.key === "name" ? { ...field, required: false } : field));
    const loose = packToTemplate({ ...SONGWENNUAN_PACK, fields, person: { name: "name" } });
    expect(zh(weakenings(SONGWENNUAN_TEMPLATE, loose))).toEqual(
      expect.arrayContaining(["列“姓名”不再必填", "列“身份证号码”的类型由 id-number 改为 text", "改变了识别人员的列（person），重复人员可能查不出"]),
    );
  });

  it("saved rules that keep the minimum on a level that never applies are withheld, the 列对应 applied and listed", () => {
    const saved = { rules: { minimums: [{ level: "全總", minYuan: 1000 }, { level: "省总", minYuan: 1000 }] }, columnMap: { 联系电话: null } };
    const received = receiveSettings(SONGWENNUAN_TEMPLATE, saved, { accept: false });
    expect(received.template).toBe(SONGWENNUAN_TEMPLATE);
    expect(zh(received.withheld)).toEqual(["最低标准（全总）不再适用"]);
    expect(zh(received.said)).toEqual(["已采用工作簿中保存的列对应 1 项：联系电话→不校验"]);
    expect(withheldLine(received.withheld).zh).toBe("未采用工作簿中保存的规则设置，它会放宽：最低标准（全总）不再适用");
    const accepted = receiveSettings(SONGWENNUAN_TEMPLATE, saved, { accept: true });
    expect(accepted.template.rules.minimums[0].level).toBe("全總");
  });

  it("saved rules that check more are applied; a pack the workbook carries is named, never laid over the form", () => {
    const saved = { rules: { amountCeilingYuan: 5000 }, pack: { ...SONGWENNUAN_PACK, rules: [] } };
    const received = receiveSettings(SONGWENNUAN_TEMPLATE, saved, { accept: false });
    expect(received.template.rules.amountCeilingYuan).toBe(5000);
    expect(received.template.pack.rules).toBe(SONGWENNUAN_PACK.rules);
    expect(zh(received.said)[0]).toMatch(/^工作簿带有表式“送温暖慰问花名册”，未采用（按“送温暖慰问花名册”校验），它比本表式少查：/);
    const result = checkGrid(received.template, { sheet: "名单", rows: [HEADER, person({ amount: 500 }, 0)], today: TODAY });
    expect(result.issues.map((issue) => issue.code)).toContain("amount-below-minimum");
  });

  it("a received form cannot add words that pass as bank payment, as an alias or a bank method", () => {
    const payment = { ...SONGWENNUAN_PACK.payment!, bankAliases: [...(SONGWENNUAN_PACK.payment!.bankAliases ?? []), "代领"] };
    expect(zh(weakenings(SONGWENNUAN_TEMPLATE, packToTemplate({ ...SONGWENNUAN_PACK, payment })))).toEqual(["新增视为银行发放的写法 代领"]);
    const saved = { rules: { bankPayMethods: ["银行卡", "存折", "他人代领"] } };
    const received = receiveSettings(SONGWENNUAN_TEMPLATE, saved, { accept: false });
    expect(zh(received.withheld)).toEqual(["新增视为银行发放的写法 他人代领"]);
    const result = checkGrid(received.template, { sheet: "名单", rows: [HEADER, person({ payMethod: "他人代领", account: "" }, 0)], today: TODAY });
    expect(result.issues.map((issue) => issue.code)).toContain("pay-method-not-bank");
  });
});

import songwennuanJson from "../../../assets/templates/songwennuan.json";
import { parsePack } from "../../../src/core/template/load-pack";
import { packToTemplate } from "../../../src/core/template/pack-to-template";

describe("packToTemplate", () => {
  const template = packToTemplate(parsePack(songwennuanJson));

  it("derives 送温暖's rule parameters from its rules", () => {
    expect(template.rules).toEqual({
      archiveLevels: ["全总", "省总", "市总"],
      archiveGroups: ["困难职工", "困难劳模", "困难农民工"],
      minimums: [
        { level: "全总", minYuan: 1000 },
        { level: "省总", minYuan: 1000 },
      ],
      amountCeilingYuan: 20000,
      bankPayMethods: ["银行卡", "存折"],
      cashPayMethods: ["现金"],
      modelWorkerYes: ["是"],
    });
  });

  it("keeps a minimum keyed by group as a group minimum, and an archive-number pattern", () => {
    const json = JSON.parse(JSON.stringify(songwennuanJson));
    json.rules[1].table = [{ when: { group: "困难职工", archiveLevel: "全总" }, yuan: 1500 }, { yuan: 200 }];
    json.rules.push({ kind: "pattern", field: "archiveNo", pattern: "QZ\\d{4}", code: "archive-no-format" });
    const rules = packToTemplate(parsePack(json)).rules;
    expect(rules.minimums).toEqual([{ level: "全总", group: "困难职工", minYuan: 1500 }, { minYuan: 200 }]);
    expect(rules.archiveNoPattern).toBe("QZ\\d{4}");
  });

  it("gives every field its label as alias when the pack lists none", () => {
    const json = JSON.parse(JSON.stringify(songwennuanJson));
    delete json.fields[16].aliases;
    expect(packToTemplate(parsePack(json)).fields[16]).toEqual({ key: "remark", label: "备注", aliases: ["备注"], required: false });
  });
});

import { readdirSync } from "node:fs";
import { join } from "node:path";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";

describe("the bundled packs", () => {
  it("are every pack in assets/templates, 送温暖 first, each valid (parsed key by key when loaded)", () => {
    const files = readdirSync(join(__dirname, "../../../assets/templates")).filter((name) => name.endsWith(".json"));
    expect(BUNDLED_TEMPLATES.map((template) => `${template.id}.json`).sort()).toEqual(files.sort());
    expect(BUNDLED_TEMPLATES[0].id).toBe("songwennuan");
  });

  it("keep their amounts as data: 金秋助学's minimums keyed by the parent's archive level and the school level", () => {
    const jinqiu = BUNDLED_TEMPLATES.find((template) => template.id === "jinqiu-zhuxue")!;
    const minimum = jinqiu.pack.rules.find((rule) => rule.kind === "minimum");
    expect(minimum).toMatchObject({ field: "amount", by: ["parentArchiveLevel", "schoolLevel"] });
    expect(minimum?.kind === "minimum" && minimum.table).toEqual(
      expect.arrayContaining([
        { when: { schoolLevel: "本科" }, yuan: 4000 },
        { when: { schoolLevel: "高中" }, yuan: 2000 },
        { when: { parentArchiveLevel: "全总", schoolLevel: "本科" }, yuan: 5000 },
        { when: { parentArchiveLevel: "市总", schoolLevel: "高中" }, yuan: 3000 },
      ]),
    );
  });

  it("sum 劳模慰问's two money columns into the row's amount", () => {
    const laomo = BUNDLED_TEMPLATES.find((template) => template.id === "laomo-weiwen")!;
    expect(laomo.pack.fields.filter((field) => field.sum).map((field) => field.label)).toEqual(["慰问金（元）", "特殊困难帮扶金（元）"]);
  });
});

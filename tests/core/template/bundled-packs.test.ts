import { readdirSync } from "node:fs";
import { join } from "node:path";
import { BUNDLED_TEMPLATES } from "../../../src/core/template/bundled-packs";

describe("the bundled packs", () => {
  it("are every pack in assets/templates, 送温暖 first, each valid (parsed key by key when loaded)", () => {
    const files = readdirSync(join(__dirname, "../../../assets/templates")).filter((name) => name.endsWith(".json"));
    expect(BUNDLED_TEMPLATES.map((template) => `${template.id}.json`).sort()).toEqual(files.sort());
    expect(BUNDLED_TEMPLATES[0].id).toBe("songwennuan");
  });
});

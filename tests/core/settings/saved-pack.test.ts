import { readFileSync } from "node:fs";
import { join } from "node:path";
import { savedPack, withPack } from "../../../src/core/settings/saved-pack";
import { parsePack } from "../../../src/core/template/load-pack";

const JINQIU = JSON.parse(readFileSync(join(__dirname, "../../../assets/templates/jinqiu-zhuxue.json"), "utf8")) as Record<string, unknown>;

describe("a pack saved in the workbook's settings", () => {
  it("is read back as the pack, beside the other settings", () => {
    const saved = withPack({ columnMap: { 乡镇: "region" } }, parsePack(JINQIU));
    expect(saved.columnMap).toEqual({ 乡镇: "region" });
    expect(savedPack(saved)).toEqual({ pack: JINQIU, problems: [] });
  });

  it("is named bad key by key when it cannot be used, and absent settings hold none", () => {
    const reading = savedPack({ pack: { ...JINQIU, version: 2, colour: "red" } });
    expect(reading?.pack).toBeNull();
    expect(reading?.problems.map((problem) => problem.path)).toEqual(["colour", "version"]);
    expect(savedPack(null)).toBeNull();
    expect(savedPack({ columnMap: {} })).toBeNull();
  });

  it("is taken out with null, the rest kept", () => {
    expect(withPack({ pack: JINQIU, rules: { archiveGroups: [] } }, null)).toEqual({ rules: { archiveGroups: [] } });
  });
});

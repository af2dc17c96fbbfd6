import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readSavedPack, withoutSavedPack, withSavedPack } from "../../../src/core/settings/saved-pack";
import { parsePack } from "../../../src/core/template/load-pack";

const JINQIU = JSON.parse(readFileSync(join(__dirname, "../../../assets/templates/jinqiu-zhuxue.json"), "utf8")) as Record<string, unknown>;

describe("a pack saved in the workbook's settings, as the pane reads it", () => {
  it("is read back as the pack, beside the other settings", () => {
    const saved = withSavedPack({ columnMap: { 乡镇: "region" } }, parsePack(JINQIU));
    expect(saved.columnMap).toEqual({ 乡镇: "region" });
    expect(readSavedPack(saved)).toEqual({ pack: JINQIU, problems: [] });
  });

  it("is named bad key by key when it cannot be used, and absent settings hold none", () => {
    const reading = readSavedPack({ pack: { ...JINQIU, version: 2, colour: "red" } });
    expect(reading?.pack).toBeNull();
    expect(reading?.problems.map((problem) => problem.path)).toEqual(["colour", "version"]);
    expect(readSavedPack(null)).toBeNull();
    expect(readSavedPack({ columnMap: {} })).toBeNull();
  });

  it("is taken out, the rest kept", () => {
    expect(withoutSavedPack({ pack: JINQIU, rules: { archiveGroups: [] } })).toEqual({ rules: { archiveGroups: [] } });
  });
});

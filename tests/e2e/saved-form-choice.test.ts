/**
 * A received workbook's saved form in the standalone page, end to end in Chromium: a roster with
 * real errors carrying a pack with 送温暖's id and no rules is checked with the bundled 送温暖; the
 * page lists what the saved form drops, and only the clerk's click uses it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { noRulesPack } from "../hostile/generators/no-rules-pack";
import { rosterCarrying } from "../hostile/generators/received-settings";
import { counts, openStandalone, UI_TIMEOUT, useGuardedPage, useWorld } from "./support/pages";

jest.setTimeout(120_000);

const world = useWorld("standalone.html");
const guarded = useGuardedPage(world);
const dir = mkdtempSync(path.join(tmpdir(), "baobiao-e2e-saved-form-"));

describe("a saved form that checks less, in the standalone page", () => {
  test("is not used: the page lists what it drops, checks with the bundled form, and uses it only when the clerk clicks", async () => {
    const file = await rosterCarrying(dir, "带表式的名单.xlsx", { pack: noRulesPack() });
    const { page } = guarded();
    await openStandalone(page, world());
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("form-picker").waitFor({ timeout: UI_TIMEOUT });
    const refused = page.getByTestId("saved-form-refused");
    await refused.waitFor({ timeout: UI_TIMEOUT });
    const shown = await refused.innerText();
    expect(shown).toContain("工作簿中保存的报表“送温暖慰问花名册”比内置“送温暖慰问花名册”少查下列各项，未采用");
    expect(shown).toContain("去掉或改动了规则 duplicate-person（idNumber）");
    expect(shown).toContain("列“身份证号码”的类型由 id-number 改为 text");

    await page.getByRole("button", { name: "一键校验" }).click();
    await page.getByTestId("check-counts").waitFor({ timeout: UI_TIMEOUT });
    expect((await counts(page)).errors).toBeGreaterThanOrEqual(5);

    await page.getByTestId("use-saved-form").click();
    await refused.waitFor({ state: "detached", timeout: UI_TIMEOUT });
    await page.getByRole("button", { name: "一键校验" }).click();
    // What adopting it silently gave before: no error at all.
    await page.locator('[data-testid="check-counts"][data-errors="0"]').waitFor({ timeout: UI_TIMEOUT });
  });
});

import { spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * `npm run validate` checks the manifest offline (manifest.test.ts); `npm run validate:online` hands it
 * to office-addin-manifest, which posts it to Microsoft's service. That tool must at least start here:
 * it crashed on load (its @microsoft/app-manifest requires fs-extra without declaring it).
 */
const ROOT = join(__dirname, "../..");

it("office-addin-manifest's validator loads, so validate:online reaches the network step", () => {
  const run = spawnSync(process.execPath, [join(ROOT, "node_modules/office-addin-manifest/cli.js"), "validate", "--help"], { encoding: "utf8" });
  expect(run.stderr).not.toContain("Cannot find module");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("Usage: office-addin-manifest validate");
});

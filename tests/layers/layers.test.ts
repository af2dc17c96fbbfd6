import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * The layers of src/ (.dependency-cruiser.cjs): core pure, its floor at the bottom, adapters below
 * apps, no cycle. dependency-cruiser is ESM-only, so it runs as its own process, as `npx depcruise` would.
 */
const ROOT = join(__dirname, "../..");
const DEPCRUISE = join(ROOT, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");
const CONFIG = join(ROOT, ".dependency-cruiser.cjs");

function cruise(cwd: string, args: readonly string[]): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [DEPCRUISE, "src", "--config", CONFIG, ...args], { cwd, encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

describe("the layers of src", () => {
  it("hold: no cycle, core pure, floor at the bottom, adapters below apps (known adapter imports aside)", () => {
    const run = cruise(ROOT, ["--ignore-known", ".dependency-cruiser-known-violations.json", "--output-type", "err"]);
    expect(run.output).toContain("no dependency violations found");
    expect(run.status).toBe(0);
  });

  describe("each rule fails on the back-import it forbids", () => {
    let tree: string;
    beforeAll(() => {
      tree = mkdtempSync(join(tmpdir(), "layers-"));
      const files: Record<string, string> = {
        "tsconfig.json": JSON.stringify({ compilerOptions: { module: "ESNext", moduleResolution: "Bundler", strict: true } }),
        "src/core/check/types.ts": 'import type { RowView } from "../rows/row-view";\nexport interface Issue { readonly row: RowView }\n',
        "src/core/rows/row-view.ts": 'import type { Issue } from "../check/types";\nexport interface RowView { readonly issue?: Issue }\n',
        "src/core/template/reads-file.ts": 'import { readFileSync } from "node:fs";\nexport const read = readFileSync;\n',
        "src/core/template/uses-host.ts": 'import { host } from "../../adapters/excel/host";\nexport const used = host;\n',
        "src/adapters/excel/host.ts": 'import { pane } from "../../apps/taskpane/pane";\nimport { reader } from "../xlsx/reader";\nexport const host = [pane, reader];\n',
        "src/adapters/xlsx/reader.ts": "export const reader = 1;\n",
        "src/apps/taskpane/pane.ts": "export const pane = 1;\n",
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(tree, path)), { recursive: true });
        writeFileSync(join(tree, path), text);
      }
    });
    afterAll(() => rmSync(tree, { recursive: true, force: true }));

    it("names every planted back-import and the rule it breaks", () => {
      const run = cruise(tree, ["--output-type", "json"]);
      const violations = (JSON.parse(run.output.slice(run.output.indexOf("{"))) as { summary: { violations: Violation[] } }).summary.violations;
      const seen = violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
      expect(seen.sort()).toEqual([
        "adapters-below-apps: src/adapters/excel/host.ts → src/apps/taskpane/pane.ts",
        "adapters-import-core-not-each-other: src/adapters/excel/host.ts → src/adapters/xlsx/reader.ts",
        "core-floor-is-the-bottom: src/core/check/types.ts → src/core/rows/row-view.ts",
        "core-is-pure: src/core/template/reads-file.ts → fs",
        "core-is-pure: src/core/template/uses-host.ts → src/adapters/excel/host.ts",
        // A cycle made only of type imports still counts.
        "no-cycle: src/core/check/types.ts → src/core/rows/row-view.ts",
      ]);
    });
  });
});

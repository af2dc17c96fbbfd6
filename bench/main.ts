/**
 * `npm run bench`: the parts of issues 5 and 12, issue 11's consolidation, issue 19's checking while typing (1,000 submissions,
 * 1,000,000 rows; BENCH_SUBMISSIONS / BENCH_ROWS for a quick run), printed as tables and written to
 * docs/benchmarks.md. Not part of `npm test`: it takes minutes and its times vary by machine.
 * `npm run bench -- core excel` runs only the named parts and leaves the file alone.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { benchCli } from "./cli-part";
import { benchConsolidation } from "./consolidation-part";
import { benchCore } from "./core-part";
import { benchExcel } from "./excel-part";
import { benchPage } from "./page-part";
import { benchIssueHeavy } from "./issue-heavy-part";
import { describeMachine } from "./machine";
import { benchmarksMarkdown, numbered, textTable, verdictRows } from "./report";
import type { Section } from "./report-types";
import { benchRegister } from "./register-part";
import { benchTaskPane } from "./taskpane-part";
import { benchTyping } from "./typing-part";

const REPO = resolve(__dirname, "../../../..");
const PARTS: Record<string, () => Section | Promise<Section>> = {
  core: benchCore,
  cli: benchCli,
  excel: benchExcel,
  taskpane: benchTaskPane,
  page: benchPage,
  issues: benchIssueHeavy,
  consolidation: benchConsolidation,
  register: benchRegister,
  typing: benchTyping,
};

async function main(only: readonly string[]): Promise<void> {
  const unknown = only.filter((name) => !(name in PARTS));
  if (unknown.length) throw new Error(`unknown part(s) ${unknown.join(", ")}; parts: ${Object.keys(PARTS).join(", ")}`);
  const machine = describeMachine();
  console.log(`${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Node ${machine.node}, ${machine.os}; load ${machine.load}\n`);
  const sections: Section[] = [];
  for (const [index, [name, run]] of Object.entries(PARTS).entries()) {
    if (only.length && !only.includes(name)) continue;
    // Numbered by its place here, also when only some parts run: `npm run bench -- page` is still 5.
    const section = numbered(await run(), index + 1);
    sections.push(section);
    console.log(`${section.title}\n\n${textTable(section.headers, section.rows)}\n`);
  }
  console.log(textTable(["target", "measured", "verdict"], verdictRows(sections)));
  if (only.length) return;
  const notes = readFileSync(join(REPO, "bench/notes.md"), "utf8");
  writeFileSync(join(REPO, "docs/benchmarks.md"), benchmarksMarkdown(machine, sections, notes));
  console.log("\nwrote docs/benchmarks.md");
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describeMachine } from "../../bench/machine";
import { benchmarksMarkdown, numbered } from "../../bench/report";
import type { Section } from "../../bench/report-types";

const section = (title: string): Section => ({ title, method: "how", headers: ["a"], rows: [["1"]], verdicts: [] });
const partHeadings = (markdown: string) => markdown.split("\n").filter((line) => /^## \d/.test(line));

describe("docs/benchmarks.md's part headings", () => {
  it("are numbered by each part's place in npm run bench, whatever a part calls itself", () => {
    const parts = ["Standalone page on a 200k-row .xlsx", "Issue-heavy rosters through the CLI", "Consolidating 1,000 submissions"].map((title, i) => numbered(section(title), 5 + i));
    expect(partHeadings(benchmarksMarkdown(describeMachine(), parts, ""))).toEqual([
      "## 5. Standalone page on a 200k-row .xlsx",
      "## 6. Issue-heavy rosters through the CLI",
      "## 7. Consolidating 1,000 submissions",
    ]);
  });

  it("in the file as written are 1, 2, 3… with no number twice", () => {
    const headings = partHeadings(readFileSync(join(__dirname, "../../docs/benchmarks.md"), "utf8"));
    expect(headings.map((heading) => Number(/^## (\d+)\./.exec(heading)?.[1]))).toEqual(headings.map((_, i) => i + 1));
  });
});

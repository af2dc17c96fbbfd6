import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SEVEN_FINDINGS, writeIssueHeavyXlsx } from "../tests/fakes/issue-heavy-roster";
import { measureNode, type ProcessFigures } from "./measure-process";
import type { Section, Verdict } from "./report-types";
import { count, mib, ms, size } from "./stats";
import { TARGETS } from "./targets";

const SIZES = [10_000, 100_000, 1_000_000];

const REPO = resolve(__dirname, "../../../..");
const CLI_MAIN = join(REPO, "dist-cli/apps/cli/main.js");

type Output = "text" | "json";

const ERROR_MARK = Buffer.from('"severity":"error"');

/** Counts the marks in a byte stream read in chunks, a mark possibly split between two. */
function markCounter(mark: Buffer) {
  let tail = Buffer.alloc(0);
  let found = 0;
  let bytes = 0;
  return {
    add(chunk: Buffer) {
      bytes += chunk.length;
      const joined = Buffer.concat([tail, chunk]);
      for (let at = joined.indexOf(mark); at >= 0; at = joined.indexOf(mark, at + mark.length)) found++;
      tail = joined.subarray(Math.max(0, joined.length - mark.length + 1));
    },
    found: () => found,
    bytes: () => bytes,
  };
}

interface Run {
  readonly figures: ProcessFigures;
  readonly stdoutBytes: number;
}

/** `report check FILE` (text) or `--json` (stdout counted, not kept), checked against the rows' errors. */
async function cliRun(file: string, output: Output, households: number): Promise<Run> {
  const errors = 4 * households;
  if (output === "text") {
    const figures = await measureNode([CLI_MAIN, "check", file]);
    const counted = Number(/错误 (\d+) 处/.exec(figures.stdout)?.[1]);
    if (figures.exitCode !== 1 || counted !== errors) throw new Error(`report check exited ${figures.exitCode} with ${counted} errors, expected 1 and ${errors}`);
    return { figures, stdoutBytes: Buffer.byteLength(figures.stdout) };
  }
  const counter = markCounter(ERROR_MARK);
  const figures = await measureNode([CLI_MAIN, "check", file, "--json"], (chunk) => counter.add(chunk));
  if (figures.exitCode !== 1 || counter.found() !== errors) {
    throw new Error(`report check --json exited ${figures.exitCode} with ${counter.found()} errors, expected 1 and ${errors}`);
  }
  return { figures, stdoutBytes: counter.bytes() };
}

/**
 * Part 5 (issue 12): rosters where every row has seven findings, through the CLI's default path,
 * readable report and --json. One run per size and output: the 1M-row runs take minutes.
 */
export async function benchIssueHeavy(): Promise<Section> {
  execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: REPO, stdio: "inherit" });
  const dir = mkdtempSync(join(tmpdir(), "bench-issues-"));
  const rows: string[][] = [];
  const verdicts: Verdict[] = [];
  try {
    for (const households of SIZES) {
      const file = join(dir, `issues-${households}.xlsx`);
      await writeIssueHeavyXlsx(file, households);
      for (const output of ["text", "json"] as const) {
        const { figures, stdoutBytes } = await cliRun(file, output, households);
        rows.push([
          count(households),
          count(households * SEVEN_FINDINGS.length),
          mib(statSync(file).size),
          output === "text" ? "`report check FILE`" : "`report check FILE --json`",
          ms(figures.wallMs),
          mib(figures.maxRssBytes),
          size(stdoutBytes),
        ]);
        if (households === 1_000_000) verdicts.push(rssVerdict(output, figures.maxRssBytes));
      }
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: "Issue-heavy rosters through the CLI",
    method:
      `Rosters written by tests/fakes/issue-heavy-roster.ts (streaming exceljs, inline strings), every row with seven findings ` +
      `(${SEVEN_FINDINGS.join(", ")}). Each command is a whole \`node\` process with the default heap, stdout piped to the bench; ` +
      "one run per size and output. Peak RSS as in part 2.",
    headers: ["rows", "issues", "file", "command", "wall", "peak RSS", "stdout"],
    rows,
    verdicts,
  };
}

function rssVerdict(output: Output, rssBytes: number): Verdict {
  const met = rssBytes <= TARGETS.issueHeavy1mRssBytes;
  return {
    target: `1M rows × 7 findings, ${output === "text" ? "text report" : "--json"}: peak RSS ≤ 2 GiB`,
    measured: mib(rssBytes),
    met,
    missedBy: met ? undefined : `${(rssBytes / TARGETS.issueHeavy1mRssBytes).toFixed(2)}× over`,
    why: met ? undefined : "See the issue-heavy notes below.",
  };
}

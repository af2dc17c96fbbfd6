import type { Machine } from "./machine";
import type { Section } from "./report-types";

function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Plain-text table for the terminal: columns padded to their widest cell. */
export function textTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const all = [headers, ...rows];
  // CJK characters take two columns in a terminal.
  const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = headers.map((_, c) => Math.max(...all.map((row) => width(row[c] ?? ""))));
  const line = (cells: readonly string[]) => cells.map((cell, c) => cell + " ".repeat(widths[c] - width(cell))).join("  ");
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function verdictRows(sections: readonly Section[]): string[][] {
  return sections.flatMap((section) =>
    section.verdicts.map((v) => [v.target, v.measured, v.met ? "met" : `MISSED (${v.missedBy})`]),
  );
}

/**
 * A part's section titled with its place in npm run bench's order (1. Core…): parts name themselves
 * without a number, so two parts can never both be "5." (three once were).
 */
export function numbered(section: Section, part: number): Section {
  return { ...section, title: `${part}. ${section.title}` };
}

/** docs/benchmarks.md: machine, targets at a glance, each part's table, and notes on what was missed. */
export function benchmarksMarkdown(machine: Machine, sections: readonly Section[], notes: string): string {
  const missed = sections.flatMap((s) => s.verdicts.filter((v) => !v.met));
  return [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (bench/main.ts); do not edit by hand — edit bench/ and run it again. " +
      "Deterministic budgets (syncs, request bytes, bundle size) are also jest tests in tests/budgets/ and tests/adapters/excel/; times are only here.",
    "",
    "## Machine",
    "",
    markdownTable(
      ["date", "CPU", "cores", "memory", "Node", "OS", "load average at start (1/5/15 min)"],
      [[machine.date, machine.cpu, String(machine.cores), machine.memory, machine.node, machine.os, machine.load]],
    ),
    "",
    "## Targets",
    "",
    markdownTable(["target", "measured", "verdict"], verdictRows(sections)),
    "",
    ...missed.flatMap((v) => [`- **Missed: ${v.target}** — ${v.measured}, ${v.missedBy}. ${v.why ?? ""}`]),
    ...(missed.length ? [""] : []),
    ...sections.flatMap((section) => [`## ${section.title}`, "", section.method, "", markdownTable(section.headers, section.rows), ""]),
    "## Notes",
    "",
    notes.trim(),
    "",
  ].join("\n");
}

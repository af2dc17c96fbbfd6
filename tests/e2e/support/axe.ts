import type { Page } from "playwright-core";
import { AXE_URL_PATH } from "./static-server";

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/**
 * Fluent UI's focus manager (Tabster) puts `<i data-tabster-dummy aria-hidden tabindex=0>` around
 * tab lists: they only hand focus on at once and are hidden from screen readers on purpose. A known
 * false positive of aria-hidden-focus (microsoft/tabster#288, microsoft/fluentui#25133; Accessibility
 * Insights suppresses it the same way). Only those nodes of only that rule are dropped.
 */
function knownFalsePositive(violation: AxeViolation, node: AxeViolation["nodes"][number]): boolean {
  return violation.id === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(node.html);
}

/**
 * Runs axe-core (node_modules/axe-core/axe.min.js, served by the test server from the page's own
 * origin because the CSP forbids inline scripts) in the page; returns the serious and critical violations, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ url: AXE_URL_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  }) as AxeViolation[];
  return violations
    .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !knownFalsePositive(violation, node)) }))
    .filter((violation) => violation.nodes.length > 0)
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 5)
          .map((node) => node.target.join(" "))
          .join(" | ")}${violation.nodes.length > 5 ? ` (+${violation.nodes.length - 5} more)` : ""}`,
    );
}

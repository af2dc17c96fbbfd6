import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderSummary } from "../../../src/core/summary/render-summary";
import { HAMI } from "./figures";

/** Every template in docs/summary-templates.md followed by a quoted output must produce that output. */
const doc = readFileSync(join(__dirname, "../../../docs/summary-templates.md"), "utf8");
const examples = [...doc.matchAll(/```\n(.+)\n```\n\n(?:[^\n]*\n\n)?> (.+)\n/g)].map((m) => ({ template: m[1], output: m[2] }));

describe("docs/summary-templates.md", () => {
  it("has worked examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples)("renders $template as documented", ({ template, output }) => {
    expect(renderSummary(template, HAMI).text).toBe(output);
  });
});

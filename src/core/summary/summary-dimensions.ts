import type { Template } from "../template/schema";
import type { SummaryDimension } from "./parse-summary-template";
import type { SectionName } from "./placeholders";

/** The section of the CheckResult each dimension role fills. */
export const SECTION_OF_ROLE: Readonly<Record<"region" | "group" | "unit", SectionName>> = { region: "各地区", group: "各类别", unit: "各单位" };

/** The template's dimensions a summary may loop over by name: those with a role, whose tallies every check keeps. */
export function summaryDimensions(template: Template): SummaryDimension[] {
  return template.pack.dimensions.flatMap((dimension) => (dimension.role === undefined ? [] : [{ name: dimension.name, section: SECTION_OF_ROLE[dimension.role] }]));
}

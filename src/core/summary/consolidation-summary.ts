import type { Template } from "../template/schema";
import { parseSummaryTemplate, type InlineNode, type ParsedSummary, type SummaryNode } from "./parse-summary-template";
import { summaryDimensions } from "./summary-dimensions";

/**
 * The default summary of a check: the form's first sentence; with several 填报单位 (the upper
 * level's 逐级上报), the form's first sentence that goes region by region, spoken unit by unit instead
 * — 送温暖's 篇3 sentence as the 地区 clerk writes it from the units' submissions, 金秋助学's
 * 其中：… by school district. A form with no such sentence keeps its first.
 */
export function defaultSummary(template: Template, units: number): ParsedSummary {
  const parsed = template.summaries.map((summary) => parseSummaryTemplate(summary.text, summaryDimensions(template)));
  if (units > 1) {
    const byRegion = parsed.find((summary) => summary.nodes.some((node) => node.kind === "section" && node.name === "各地区"));
    if (byRegion !== undefined) return { ...byRegion, nodes: byRegion.nodes.map(byUnit) };
  }
  return parsed[0];
}

function byUnit<Node extends SummaryNode>(node: Node): Node;
function byUnit(node: SummaryNode): SummaryNode {
  if (node.kind === "when") return { ...node, body: node.body.map(byUnit) };
  if (node.kind !== "section" || node.name !== "各地区") return node;
  const body = node.body.map((inline): InlineNode => (inline.kind === "value" && inline.name === "地区" ? { kind: "value", name: "单位" } : inline));
  return { ...node, name: "各单位", body };
}

import type { Severity } from "../../../core/check/types";
import { ReportError } from "../../../core/errors";
import { withAttributes } from "./xml-text";

/** The same light red and amber as Excel's built-in "bad" and "neutral" styles (and the add-in). */
const FILL_COLORS: Readonly<Record<Severity, string>> = { error: "FFFFC7CE", warning: "FFFFEB9C" };

const XF = /<(?:[\w.-]+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?xf>)/g;

/**
 * The workbook's styles part with what the copy adds at the end of each list, so every existing
 * style index keeps its meaning: two solid fills, a bold font for the results sheets' headers, and
 * for each flagged cell's style a clone with only the fill replaced (its font, border, number
 * format and alignment stay).
 */
export class FillStyles {
  private readonly xfs: string[];
  private readonly added: string[] = [];
  private readonly clones = new Map<string, number>();
  private bold = -1;

  constructor(private readonly stylesXml: string) {
    const cellXfs = section(stylesXml, "cellXfs");
    if (!cellXfs || !section(stylesXml, "fills") || !section(stylesXml, "fonts")) throw unreadableStyles();
    this.xfs = cellXfs.body.match(XF) ?? [];
    if (this.xfs.length === 0) throw unreadableStyles();
  }

  get fillCount(): number {
    return countOf(section(this.stylesXml, "fills")!.body, "fill");
  }

  /** The style index of `original` (a cell's `s`) filled for `severity`. */
  styleFor = (original: number, severity: Severity): number => {
    const key = `${original}:${severity}`;
    let index = this.clones.get(key);
    if (index === undefined) {
      const base = this.xfs[original] ?? this.xfs[0];
      const fillId = this.fillCount + (severity === "error" ? 0 : 1);
      this.added.push(withAttributes(base, { fillId: String(fillId), applyFill: "1" }));
      index = this.xfs.length + this.added.length - 1;
      this.clones.set(key, index);
    }
    return index;
  };

  /** Style 0 in bold: the results sheets' header rows. */
  boldStyle(): number {
    if (this.bold < 0) {
      const fontId = countOf(section(this.stylesXml, "fonts")!.body, "font");
      this.added.push(withAttributes(this.xfs[0], { fontId: String(fontId), applyFont: "1" }));
      this.bold = this.xfs.length + this.added.length - 1;
    }
    return this.bold;
  }

  /** The styles part with the added fills, font and styles. */
  xml(): string {
    let xml = this.stylesXml;
    const fills = Object.values(FILL_COLORS).map(
      (rgb) => `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`,
    );
    xml = appendTo(xml, "fills", fills);
    if (this.bold >= 0) xml = appendTo(xml, "fonts", [boldFont(section(xml, "fonts")!.body)]);
    return appendTo(xml, "cellXfs", this.added);
  }
}

interface Section {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly body: string;
  readonly close: string;
}

/** A list element of the styles part (<fills>…</fills>) and where it sits. */
function section(xml: string, name: string): Section | null {
  const open = new RegExp(`<((?:[\\w.-]+:)?)${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  if (open[2] === "/") return { start: open.index, end: open.index + open[0].length, open: open[0].replace(/\s*\/>$/, ">"), body: "", close: `</${open[1]}${name}>` };
  const close = `</${open[1]}${name}>`;
  const closeAt = xml.indexOf(close, open.index);
  if (closeAt < 0) return null;
  const bodyStart = open.index + open[0].length;
  return { start: open.index, end: closeAt + close.length, open: open[0], body: xml.slice(bodyStart, closeAt), close };
}

function appendTo(xml: string, name: string, items: readonly string[]): string {
  if (items.length === 0) return xml;
  const list = section(xml, name)!;
  const count = countOf(list.body, name === "cellXfs" ? "xf" : name.slice(0, -1)) + items.length;
  const open = withAttributes(list.open, { count: String(count) });
  return xml.slice(0, list.start) + open + list.body + items.join("") + list.close + xml.slice(list.end);
}

function countOf(body: string, element: string): number {
  if (element === "xf") return (body.match(XF) ?? []).length;
  return (body.match(new RegExp(`<(?:[\\w.-]+:)?${element}(?=[\\s/>])`, "g")) ?? []).length;
}

/** The workbook's first font with <b/>, so the header keeps the clerk's typeface and size. */
function boldFont(fontsBody: string): string {
  const first = /<((?:[\w.-]+:)?)font\b[^>]*?(?:\/>|>([\s\S]*?)<\/\1font>)/.exec(fontsBody);
  const inner = (first?.[2] ?? "").replace(/<(?:[\w.-]+:)?b\b[^>]*\/>/g, "");
  return `<font><b/>${inner.replace(/<([\w.-]+:)/g, "<").replace(/<\/([\w.-]+:)/g, "</")}</font>`;
}

function unreadableStyles(): ReportError {
  return new ReportError(
    "file-unreadable",
    "工作簿的样式表无法识别，无法写出标注副本：请在 Excel 中打开并另存为 .xlsx 后再试。",
    "The workbook's styles part cannot be read, so no marked copy can be written: open it in Excel, save it as .xlsx and try again.",
  );
}

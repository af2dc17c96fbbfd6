export { decodeXml } from "../xml-text";

const SPECIAL = /[&<>"]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * Text for an XML attribute or element. Control characters XML cannot carry are written as
 * Excel writes them (`_x001B_`), so a stray escape code in a cell never makes the copy unreadable;
 * text that itself looks like such an escape keeps its underscore as `_x005F_`, as Excel does.
 */
export function escapeXml(text: string): string {
  return text.replace(SPECIAL, (char) => {
    switch (char) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "_":
        return "_x005F_";
      default:
        return `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
    }
  });
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

/** An attribute's value in one start tag (`r`, `s`, `Id`…), undecoded; null when absent. */
export function attributeOf(tag: string, name: string): string | null {
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) ATTRIBUTE_PATTERNS.set(name, (pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const match = pattern.exec(tag);
  return match ? (match[1] ?? match[2]) : null;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The start tag with each attribute set, replacing any value it had. */
export function withAttributes(tag: string, values: Readonly<Record<string, string>>): string {
  let out = tag;
  for (const [name, value] of Object.entries(values)) {
    const existing = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
    if (existing.test(out)) out = out.replace(existing, `$1"${value}"`);
    else {
      const nameEnd = out.search(/[\s/>]/);
      out = `${out.slice(0, nameEnd)} ${name}="${value}"${out.slice(nameEnd)}`;
    }
  }
  return out;
}

export function withAttribute(tag: string, name: string, value: string): string {
  return withAttributes(tag, { [name]: value });
}

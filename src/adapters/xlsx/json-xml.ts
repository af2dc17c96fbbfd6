/**
 * JSON inside one XML element: the form of the custom XML parts this product keeps in a
 * workbook (settings, the ledger of marks). Platform-neutral, so Excel and the .xlsx readers
 * read the same parts.
 */
export const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (entity[0] !== "#") return named[entity.toLowerCase()];
    return String.fromCodePoint(entity[1].toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
  });
}

export function toXml(namespace: string, value: unknown): string {
  return `<data xmlns="${namespace}">${escapeXml(JSON.stringify(value))}</data>`;
}

/** Excel may re-serialise the part (declaration, prefixes): read the element's text, whatever its form. */
export function fromXml(xml: string): unknown {
  const match = /<(?:[\w-]+:)?data\b[^>]*>([\s\S]*)<\/(?:[\w-]+:)?data>/.exec(xml);
  return match ? JSON.parse(unescapeXml(match[1])) : null;
}

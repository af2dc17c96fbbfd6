import type { Pack } from "../../core/template/pack-schema";

/**
 * A pack as a file a person edits: one field, rule, dimension or summary per line, as the bundled
 * packs are written, rather than JSON.stringify's one value per line (a 14-column form would run
 * to 150 lines).
 */
export function packJsonText(pack: Pack): string {
  const entries = Object.entries(pack).map(([key, value]) => {
    const shown = Array.isArray(value) && value.some((item) => typeof item === "object")
      ? `[\n${value.map((item) => `    ${oneLine(item)}`).join(",\n")}\n  ]`
      : oneLine(value);
    return `  ${JSON.stringify(key)}: ${shown}`;
  });
  return `{\n${entries.join(",\n")}\n}\n`;
}

/**
 * { "key": "name", "type": "name" }: indented JSON folded onto one line. Its line breaks are all
 * between tokens (a string's own are escaped as \n), so folding them touches no value.
 */
function oneLine(value: unknown): string {
  return JSON.stringify(value, null, 1).replace(/\n\s*/g, " ");
}

/** A JSON location as a clerk reads it in an error line: rules.minimums[0].minYuan. */
export function keyPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? String(part) : `.${String(part)}`;
  }
  return text === "" ? "(根 / root)" : text;
}

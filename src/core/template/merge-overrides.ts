import { isPlainObject } from "./template-problems";

/**
 * A clerk's rules file names only what differs: objects merge key by key, while a list (the
 * minimums table, the archive groups) replaces the built-in one, so an entry can be removed.
 * `fields` arrive here already merged by key (merge-fields.ts).
 */
export function mergeOverrides(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    merged[key] = key in base ? mergeOverrides(base[key], value) : value;
  }
  return merged;
}

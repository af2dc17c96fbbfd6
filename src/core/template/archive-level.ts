/** Clerks write 全总 and 全总级 alike; both sides of every comparison go through this. */
export function archiveLevelKey(text: string): string {
  return text.length > 1 && text.endsWith("级") ? text.slice(0, -1) : text;
}

/** How messages name the people a rule applies to: 全总级困难职工, 省总级建档对象, 困难劳模. */
export function archiveSubject(levelKey: string, group: string, fallback: string): string {
  if (levelKey === "") return group === "" ? fallback : group;
  return `${levelKey}级${group === "" ? fallback : group}`;
}

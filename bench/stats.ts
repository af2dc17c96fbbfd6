/** The middle value (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const MIB = 1024 * 1024;

export const mib = (bytes: number) => `${(bytes / MIB).toFixed(1)} MiB`;
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** KiB below a mebibyte, MiB above. */
export const size = (bytes: number) => (bytes < MIB ? kib(bytes) : `${(bytes / MIB).toFixed(2)} MiB`);
export const ms = (millis: number) => (millis < 10 ? `${millis.toFixed(2)} ms` : `${Math.round(millis)} ms`);
export const count = (n: number) => n.toLocaleString("en-US");

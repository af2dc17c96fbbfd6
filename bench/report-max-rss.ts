/**
 * Preloaded with `node --require` into a measured process: on exit, writes its peak resident
 * set (bytes) to $BENCH_MAX_RSS_FILE. Works wherever Node does, unlike /usr/bin/time -v.
 *
 * On Linux the peak is read from /proc/self/status (VmHWM, the high-water mark of this process's
 * own memory): getrusage's maxrss, which process.resourceUsage() reports, survives fork and exec, so
 * a child spawned by a bench holding 500 MiB reported at least 500 MiB whatever it used itself.
 */
import { readFileSync, writeFileSync } from "node:fs";

function peakRssBytes(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm !== null) return Number(hwm[1]) * 1024;
  } catch {
    // Not Linux: getrusage is the only measure there (macOS resets it at exec).
  }
  return process.resourceUsage().maxRSS * 1024;
}

const target = process.env.BENCH_MAX_RSS_FILE;
if (target) process.on("exit", () => writeFileSync(target, String(peakRssBytes())));

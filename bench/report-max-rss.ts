/**
 * Preloaded with `node --require` into a measured process: on exit, writes its peak resident
 * set (bytes) to $BENCH_MAX_RSS_FILE. Works wherever Node does, unlike /usr/bin/time -v.
 */
import { writeFileSync } from "node:fs";

const target = process.env.BENCH_MAX_RSS_FILE;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));

// Preloaded with `node --require` into the CLI under test: on exit, writes its peak resident set
// (bytes) to $HOSTILE_MAX_RSS_FILE. A process killed by V8's out-of-memory abort writes nothing.
const { writeFileSync } = require("node:fs");

const target = process.env.HOSTILE_MAX_RSS_FILE;
if (target) process.on("exit", () => writeFileSync(target, String(process.resourceUsage().maxRSS * 1024)));

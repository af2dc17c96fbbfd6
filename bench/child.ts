import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** Path of a compiled bench script beside this one. */
export const benchScript = (name: string) => join(__dirname, `${name}.js`);

/**
 * Runs a compiled bench worker in its own Node process (so its heap holds nothing of the
 * others) and returns the JSON it prints as its last stdout line.
 */
export function runWorker<T>(name: string, args: readonly (string | number)[], nodeFlags: readonly string[] = []): T {
  return runScript<T>(benchScript(name), args, nodeFlags);
}

/** runWorker for a compiled script anywhere (another commit's bench, scripts/bench-baseline.sh). */
export function runScript<T>(script: string, args: readonly (string | number)[], nodeFlags: readonly string[] = []): T {
  const child = spawnSync(process.execPath, [...nodeFlags, script, ...args.map(String)], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench worker ${script} ${args.join(" ")} failed (${child.status}):\n${child.stderr}`);
  const lines = child.stdout.trim().split("\n");
  return JSON.parse(lines[lines.length - 1]) as T;
}

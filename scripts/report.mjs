#!/usr/bin/env node
/**
 * `npx report check 花名册.xlsx` (the package's bin) or `npm run report -- check 花名册.xlsx`: runs the compiled CLI, compiling it first only when a
 * source (or a tsconfig) changed since the last build. Recompiling on every call cost seconds;
 * checking a few hundred file times costs milliseconds.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** What tsconfig.cli.json compiles, and what decides how. */
const SOURCES = ["src/core", "src/adapters/xlsx", "src/apps/cli", "tsconfig.cli.json", "tsconfig.json"];
/** Touched after each build: tsc leaves its own build info alone when nothing changed. */
const STAMP = join(ROOT, "dist-cli/.report-built");
const MAIN = join(ROOT, "dist-cli/apps/cli/main.js");

/** The newest modification time under `path`; a directory's own time counts a deleted file. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function upToDate() {
  if (!existsSync(STAMP) || !existsSync(MAIN)) return false;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.every((source) => newest(join(ROOT, source)) <= built);
}

if (!upToDate()) {
  const startedAt = new Date();
  const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
  execFileSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.cli.json")], { stdio: "inherit" });
  writeFileSync(STAMP, "");
  // The build's start, not its end: a file saved while tsc ran is compiled next time.
  utimesSync(STAMP, startedAt, startedAt);
}

// `npm run report` starts scripts in the project's folder; the clerk's file names are relative to
// where they typed the command (npm keeps it in INIT_CWD). `npx report` and the bin already start there.
if (process.env.npm_lifecycle_event === "report" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

createRequire(import.meta.url)(MAIN);

#!/usr/bin/env node
import { errorLine } from "./error-line";
import { nodeInflater } from "../../adapters/xlsx/inflate-node";
import { useRawInflater } from "../../adapters/xlsx/zip-part";
import { parseCliArgs, USAGE } from "./parse-args";
import { runBlank } from "./run-blank";
import { runCheck } from "./run-check";
import { runForms } from "./run-forms";

const EXIT_UNUSABLE_INPUT = 2;

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCliArgs(argv);
  if (command.kind === "help") {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (command.kind === "forms") return runForms(command);
  return command.kind === "blank" ? runBlank(command) : runCheck(command);
}

// Parts are inflated by Node's zlib in large pieces (inflate-node.ts); the check workers set it too.
useRawInflater(nodeInflater);

// A reader that stops early (`| head`) closes the pipe; that is not the clerk's problem to see.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
});

// Every failure ends here as one line and exit 2: a clerk never sees a stack trace.
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(errorLine(error) + "\n");
    process.exitCode = EXIT_UNUSABLE_INPUT;
  },
);

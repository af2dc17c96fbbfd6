#!/usr/bin/env node
/**
 * `npm start` / `npm stop`. On Windows and macOS: sideload into desktop Excel with
 * office-addin-debugging (it runs `npm run dev-server` itself). Desktop Excel does not exist on
 * Linux: serve the pages on https://localhost:3000 and say where to go.
 */
import { spawn } from "node:child_process";

const action = process.argv[2] === "stop" ? "stop" : "start";
const desktop = process.platform === "win32" || process.platform === "darwin";

function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
}

if (desktop) {
  run("npx", ["office-addin-debugging", action, "manifest.xml"]);
} else if (action === "stop") {
  console.log("Nothing to stop: on Linux `npm start` runs the dev server in the foreground (Ctrl+C ends it).");
} else {
  console.log(
    "No desktop Excel on Linux: serving the standalone page at https://localhost:3000/standalone.html (task pane: /taskpane.html; sideload manifest.xml in Excel on the web to use it there).",
  );
  run("npx", ["webpack", "serve", "--mode", "development"]);
}

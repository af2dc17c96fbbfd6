/**
 * Preloaded with `node --require` into the CLI (and, through the inherited execArgv, into its check
 * workers): appends a line to $BENCH_READS_FILE for each read of an input roster (an open of a
 * .xlsx/.xlsm/.csv through fs/promises, as read-input-file-node.ts reads) and each parse of a zip's
 * central directory (adapters/xlsx/zip-directory.ts). Issue 20's "open once" on the bench's own
 * inputs; tests/apps/cli/run-check-reads.test.ts holds the same budget deterministically.
 */
import { appendFileSync } from "node:fs";
import fsPromises from "node:fs/promises";
import Module from "node:module";

const target = process.env.BENCH_READS_FILE;
type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;

if (target) {
  const count = (what: string) => appendFileSync(target, what + "\n");
  const open = fsPromises.open;
  Object.assign(fsPromises, {
    open(path: Parameters<typeof open>[0], ...rest: unknown[]) {
      if (/\.(xlsx|xlsm|csv)$/i.test(String(path))) count("read");
      return (open as (...args: unknown[]) => unknown)(path, ...rest);
    },
  });
  const modules = Module as unknown as { _load: Loader };
  const load = modules._load;
  const wrapped = new WeakSet<object>();
  modules._load = function (request, parent, isMain) {
    const exported = load.call(this, request, parent, isMain) as { readZipDirectory?: (bytes: Uint8Array) => unknown };
    if (/zip-directory(\.js)?$/.test(request) && typeof exported.readZipDirectory === "function" && !wrapped.has(exported)) {
      wrapped.add(exported);
      const parse = exported.readZipDirectory;
      exported.readZipDirectory = (bytes) => {
        count("directory");
        return parse(bytes);
      };
    }
    return exported;
  };
}

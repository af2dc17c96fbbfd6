import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

interface BundleStats {
  entrypoints: Record<string, { initial: { files: string[] }[] }>;
}

export interface InitialJs {
  readonly files: string[];
  readonly rawBytes: number;
  /** At zlib's default level, as a web server would send it. */
  readonly gzipBytes: number;
}

/** The JS a page loads before anything renders: its entry's initial chunks, per dist/bundle-stats.json. */
export function initialJs(dist: string, entry: string): InitialJs {
  const stats = JSON.parse(readFileSync(join(dist, "bundle-stats.json"), "utf8")) as BundleStats;
  const files = stats.entrypoints[entry].initial.flatMap((chunk) => chunk.files);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes).length;
  }
  return { files, rawBytes, gzipBytes };
}

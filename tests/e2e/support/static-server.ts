import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";

/** The built pages; `npm run build` writes them (E2E_DIST may point at another build). */
export const DIST_DIR = path.resolve(process.env.E2E_DIST ?? path.join(__dirname, "..", "..", "..", "dist"));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Fails early, in words a developer can act on, when there is nothing built to test. */
export function assertBuilt(...pages: string[]): void {
  const missing = pages.filter((page) => !existsSync(path.join(DIST_DIR, page)));
  if (missing.length > 0) {
    throw new Error(
      `The e2e tests need the built pages, but ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} missing from ${DIST_DIR}. ` +
        "Run `npm run build` first (`npm test` builds before running jest).",
    );
  }
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123/ */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Files the tests add beside the pages, from the same origin so the pages' CSP (script-src 'self')
 * lets them run: axe-core.
 */
export const AXE_URL_PATH = "/__e2e__/axe.min.js";
const TEST_FILES: Record<string, string> = {
  [AXE_URL_PATH]: path.join(path.dirname(require.resolve("axe-core/package.json")), "axe.min.js"),
};

/** A tiny static file server for dist/ on 127.0.0.1 and a random port. */
export async function startStaticServer(root = DIST_DIR, extra: Record<string, string> = TEST_FILES): Promise<StaticServer> {
  const base = path.resolve(root);
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = extra[pathname] ?? path.resolve(base, `.${pathname.endsWith("/") ? `${pathname}index.html` : pathname}`);
    const inside = extra[pathname] !== undefined || file.startsWith(base + path.sep);
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end(`not found: ${pathname}`);
      return;
    }
    response
      .writeHead(200, {
        "content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
        "cache-control": "no-store",
      })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * After webpack: the WPS 表格 add-in's install files (docs/wps.md says where they go).
 *   dist/wps/jsplugins.xml                      online mode: WPS loads the add-in from a web server
 *   dist/wps-offline/baobiao-zhushou_<v>.7z     offline mode: the add-in's files in one archive
 *   dist/wps-offline/jsplugins.xml              its entry, pointing at the archive by file:/// URL
 * The archive is what `wpsjs build` makes for offline machines, written with 7z-wasm (7-Zip
 * compiled to WebAssembly, from npm) instead of wpsjs's prebuilt 7-Zip binaries, then listed and
 * tested with the same 7-Zip: a build whose archive does not hold every file fails.
 * WPS_ADDIN_URL: where the online add-in is served (default http://127.0.0.1:3889/wps/);
 * WPS_OFFLINE_DIR: where IT puts the archive on each machine (default file:///C:/baobiao-zhushou/).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import SevenZip from "7z-wasm";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
export const ADDIN_NAME = "baobiao-zhushou";
const wpsDir = join(root, "dist/wps");
const offlineDir = join(root, "dist/wps-offline");
const archiveName = `${ADDIN_NAME}_${version}.7z`;

const xmlAttr = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
const withSlash = (url) => (url.endsWith("/") ? url : `${url}/`);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The add-in's own files: what WPS loads (not the build's stats, not the list of add-ins). */
const addinFiles = filesUnder(wpsDir)
  .map((path) => relative(wpsDir, path).split("\\").join("/"))
  .filter((file) => file !== "bundle-stats.json" && file !== "jsplugins.xml")
  .sort();
for (const needed of ["index.html", "taskpane.html", "ribbon.xml"]) {
  if (!addinFiles.includes(needed)) throw new Error(`dist/wps/${needed} is missing: run webpack first`);
}

const onlineUrl = withSlash(process.env.WPS_ADDIN_URL ?? "http://127.0.0.1:3889/wps/");
writeFileSync(
  join(wpsDir, "jsplugins.xml"),
  `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${ADDIN_NAME}" type="et" url="${xmlAttr(onlineUrl)}" />\n</jsplugins>\n`,
);

rmSync(offlineDir, { recursive: true, force: true });
mkdirSync(offlineDir, { recursive: true });
const output = [];
const sevenZip = await SevenZip({ print: (line) => output.push(line), printErr: (line) => output.push(line) });
sevenZip.FS.mkdir("/dist");
sevenZip.FS.mount(sevenZip.NODEFS, { root: join(root, "dist") }, "/dist");
sevenZip.FS.chdir("/dist/wps");
const run = (args) => {
  output.length = 0;
  const code = sevenZip.callMain(args);
  if (code) throw new Error(`7z ${args[0]} failed (${code}):\n${output.join("\n")}`);
  return output.slice();
};
// -mtm-/-mtc-/-mta-: no file times, so the same build gives the same archive bytes.
run(["a", "-t7z", "-mx=9", "-mtm-", "-mtc-", "-mta-", `../wps-offline/${archiveName}`, ...addinFiles]);
run(["t", `../wps-offline/${archiveName}`]);
// The first Path is the archive's own; folders are listed too.
const listed = run(["l", "-slt", `../wps-offline/${archiveName}`])
  .filter((line) => line.startsWith("Path = "))
  .slice(1)
  .map((line) => line.slice("Path = ".length).split("\\").join("/"))
  .filter((path) => !addinFiles.some((file) => file.startsWith(`${path}/`)))
  .sort();
if (JSON.stringify(listed) !== JSON.stringify(addinFiles)) {
  throw new Error(`the offline archive holds ${listed.join(", ")}; expected ${addinFiles.join(", ")}`);
}

const offlineUrl = `${withSlash(process.env.WPS_OFFLINE_DIR ?? "file:///C:/baobiao-zhushou/")}${archiveName}`;
writeFileSync(
  join(offlineDir, "jsplugins.xml"),
  `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${ADDIN_NAME}" type="et" url="${xmlAttr(offlineUrl)}" version="${version}" />\n</jsplugins>\n`,
);
console.log(`WPS add-in: dist/wps/ (${addinFiles.length} files), dist/wps-offline/${archiveName}, jsplugins.xml for both modes`);

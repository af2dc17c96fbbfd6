import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import SevenZip from "7z-wasm";
import { initialJs } from "../../../bench/bundle-size";
import { TARGETS } from "../../../bench/targets";

const DIST = join(__dirname, "../../../dist");
const WPS = join(DIST, "wps");
const OFFLINE = join(DIST, "wps-offline");
const { version } = JSON.parse(readFileSync(join(__dirname, "../../../package.json"), "utf8")) as { version: string };

function built(): void {
  if (!existsSync(join(WPS, "jsplugins.xml"))) throw new Error("no dist/wps/jsplugins.xml: run `npm run build` first (npm test does)");
}

/** What `npm run build` leaves for the IT person (docs/wps.md). */
describe("the WPS add-in as built", () => {
  it("dist/wps holds the ribbon, both pages and a jsplugins.xml entry of type et; no page loads office.js", () => {
    built();
    const files = readdirSync(WPS);
    expect(files).toEqual(expect.arrayContaining(["index.html", "taskpane.html", "ribbon.xml", "jsplugins.xml", "images"]));
    for (const page of ["index.html", "taskpane.html"]) {
      const html = readFileSync(join(WPS, page), "utf8");
      expect(html).not.toMatch(/office\.js|appsforoffice/);
      expect(html).toMatch(/<script[^>]+src="?[^" >]+\.js/);
    }
    expect(readFileSync(join(WPS, "jsplugins.xml"), "utf8")).toMatch(/<jspluginonline name="baobiao-zhushou" type="et" url="[^"]+\/" \/>/);
    expect(readFileSync(join(WPS, "ribbon.xml"), "utf8")).toBe(readFileSync(join(__dirname, "../../../assets/wps/ribbon.xml"), "utf8"));
  });

  it("the offline package is a 7z archive holding every file of the add-in, and its jsplugins.xml points at it by version", async () => {
    built();
    const archive = `baobiao-zhushou_${version}.7z`;
    const bytes = readFileSync(join(OFFLINE, archive));
    expect([...bytes.subarray(0, 6)]).toEqual([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]);
    const output: string[] = [];
    const sevenZip = await SevenZip({ print: (line: string) => output.push(line) });
    sevenZip.FS.writeFile(archive, bytes);
    sevenZip.callMain(["l", "-slt", archive]);
    const listed = output.filter((line) => line.startsWith("Path = ")).slice(1).map((line) => line.slice(7));
    expect(listed).toEqual(expect.arrayContaining(["index.html", "taskpane.html", "ribbon.xml", "images/icon-32.png"]));
    expect(listed.filter((path) => path.endsWith(".js")).length).toBeGreaterThan(1);
    expect(listed).not.toContain("bundle-stats.json");
    expect(readFileSync(join(OFFLINE, "jsplugins.xml"), "utf8")).toContain(
      `<jsplugin name="baobiao-zhushou" type="et" url="file:///C:/baobiao-zhushou/${archive}" version="${version}" />`,
    );
  }, 60_000);

  it(`the WPS pane's first download is within the task pane's budget (${TARGETS.taskpaneInitialGzipBytes / 1024} KiB gzip)`, () => {
    built();
    const { gzipBytes, files } = initialJs(WPS, "taskpane");
    expect(files.length).toBeGreaterThan(0);
    expect(Math.round(gzipBytes / 1024)).toBeLessThanOrEqual(TARGETS.taskpaneInitialGzipBytes / 1024);
  });
});

/** @jest-environment jsdom */
import { selfTestRequested } from "../../src/apps/taskpane/self-test-view";
import fs from "node:fs";
import path from "node:path";
import { ONE_CLICK_CHECK } from "../../src/apps/commands/one-click-check";
import { ADD_FILL_RULES, CLEAR_FILL_RULES, NEW_BLANK_FORM } from "../../src/apps/commands/blank-form-names";

/**
 * What makes Office refuse to sideload the manifest, checked offline (the validate script needs
 * Microsoft's online service): schema order, resource ids, https, icon sizes, ids and versions.
 */
const root = path.join(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const app = doc.documentElement;
const DEV_URL = "https://localhost:3000/";

const children = (element: Element) => Array.from(element.children);
const named = (name: string) => Array.from(doc.getElementsByTagName("*")).filter((element) => element.localName === name);
const child = (element: Element, name: string) => children(element).find((c) => c.localName === name);

/** OfficeApp then TaskPaneApp sequence (OfficeAppManifestV1_1.xsd). */
const OFFICE_APP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "Dictionary", "VersionOverrides",
];

function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("is well-formed XML for a task pane add-in in Excel", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(app.localName).toBe("OfficeApp");
    expect(app.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(named("Host").filter((h) => h.parentElement === child(app, "Hosts")).map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(child(app, "Permissions")?.textContent).toBe("ReadWriteDocument");
  });

  it("lists OfficeApp's children in the schema's order, each once", () => {
    const names = children(app).map((c) => c.localName);
    const positions = names.map((name) => OFFICE_APP_ORDER.indexOf(name));
    expect(positions).not.toContain(-1);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
  });

  it("has a GUID id and a four-part version", () => {
    expect(child(app, "Id")?.textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i);
    expect(child(app, "Version")?.textContent).toMatch(/^\d{1,5}(\.\d{1,5}){3}$/);
  });

  it("needs ExcelApi 1.9 and nothing newer", () => {
    const sets = named("Set").map((set) => [set.getAttribute("Name"), set.getAttribute("MinVersion")]);
    expect(sets).toEqual([["ExcelApi", "1.9"]]);
  });

  it("is Chinese by default with an en-US override for every string the clerk sees", () => {
    expect(child(app, "DefaultLocale")?.textContent).toBe("zh-CN");
    for (const name of ["DisplayName", "Description"]) {
      const element = child(app, name)!;
      expect([element.getAttribute("DefaultValue"), child(element, "Override")?.getAttribute("Locale")]).toEqual([
        expect.stringMatching(/[\u4e00-\u9fff]/),
        "en-US",
      ]);
    }
    const strings = named("String");
    expect(strings.length).toBeGreaterThanOrEqual(8);
    for (const string of strings) {
      const override = child(string, "Override");
      expect([string.getAttribute("id"), override?.getAttribute("Locale"), Boolean(override?.getAttribute("Value"))]).toEqual([
        string.getAttribute("id"),
        "en-US",
        true,
      ]);
    }
  });

  it("keeps strings within the schema's lengths (short 125, long 250)", () => {
    for (const [list, limit] of [["ShortStrings", 125], ["LongStrings", 250]] as const) {
      for (const string of named(list).flatMap((element) => children(element))) {
        const texts = [string.getAttribute("DefaultValue")!, ...children(string).map((o) => o.getAttribute("Value")!)];
        for (const text of texts) expect(text.length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("resolves every resid to exactly one resource", () => {
    const ids = named("Resources").flatMap((resources) =>
      Array.from(resources.getElementsByTagName("*")).map((element) => element.getAttribute("id")).filter(Boolean),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const resids = Array.from(doc.getElementsByTagName("*")).map((element) => element.getAttribute("resid")).filter(Boolean);
    expect(resids.length).toBeGreaterThan(10);
    expect(resids.filter((resid) => !ids.includes(resid))).toEqual([]);
  });

  it("uses https for every URL and the dev server address the build replaces", () => {
    const urls = Array.from(doc.getElementsByTagName("*"))
      .flatMap((element) => [element.getAttribute("DefaultValue"), element.getAttribute("Value")])
      .filter((value): value is string => Boolean(value && /^[a-z]+:\/\//i.test(value)));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((url) => !url.startsWith(DEV_URL))).toEqual([]);
  });

  it("points at icon files that exist with the pixel size each place declares", () => {
    const declared: [string, number][] = [
      [child(app, "IconUrl")!.getAttribute("DefaultValue")!, 32],
      [child(app, "HighResolutionIconUrl")!.getAttribute("DefaultValue")!, 64],
    ];
    const images = named("Image").filter((image) => image.getAttribute("id"));
    for (const image of images) {
      const size = Number(/(\d+)x\1/.exec(image.getAttribute("id")!)![1]);
      declared.push([image.getAttribute("DefaultValue")!, size]);
    }
    for (const used of named("Image").filter((image) => image.getAttribute("resid"))) {
      const resource = images.find((image) => image.getAttribute("id") === used.getAttribute("resid"))!;
      expect(resource.getAttribute("id")).toContain(`${used.getAttribute("size")}x`);
    }
    for (const [url, size] of declared) {
      const file = path.join(root, url.slice(DEV_URL.length));
      expect([url, fs.existsSync(file) && pngSize(file)]).toEqual([url, [size, size]]);
    }
  });

  it("has its own 报表助手 tab with 一键校验 (runs the command), 打开助手 and 自检 (open the pane) and the 下发空白表 commands", () => {
    const form = named("DesktopFormFactor")[0];
    expect(children(form).map((c) => c.localName)).toEqual(["GetStarted", "FunctionFile", "ExtensionPoint"]);
    const tab = named("CustomTab")[0];
    expect(children(tab).map((c) => c.localName)).toEqual(["Group", "Group", "Label"]);
    const strings = new Map(named("String").map((s) => [s.getAttribute("id"), s.getAttribute("DefaultValue")]));
    expect(strings.get(child(tab, "Label")!.getAttribute("resid"))).toBe("报表助手");
    const buttons = named("Control").map((control) => {
      const action = child(control, "Action")!;
      return [strings.get(child(control, "Label")!.getAttribute("resid")), action.getAttribute("xsi:type")];
    });
    expect(buttons).toEqual([
      ["一键校验", "ExecuteFunction"],
      ["打开助手", "ShowTaskpane"],
      ["自检", "ShowTaskpane"],
      ["新建报表", "ExecuteFunction"],
      ["加上填写规则", "ExecuteFunction"],
      ["清除填写规则", "ExecuteFunction"],
    ]);
    expect(named("FunctionName").map((name) => name.textContent)).toEqual([ONE_CLICK_CHECK, NEW_BLANK_FORM, ADD_FILL_RULES, CLEAR_FILL_RULES]);
    for (const control of named("Control")) {
      expect(children(control).map((c) => c.localName)).toEqual(["Label", "Supertip", "Icon", "Action"]);
    }
    // 自检 opens the pane on the address the pane reads as "run the self-test now".
    const selfTest = named("Control").find((control) => control.getAttribute("id") === "Baobiao.SelfTest")!;
    const urls = new Map(named("Url").map((url) => [url.getAttribute("id"), url.getAttribute("DefaultValue")]));
    const address = urls.get(child(child(selfTest, "Action")!, "SourceLocation")!.getAttribute("resid"))!;
    expect(selfTestRequested(new URL(address).search)).toBe(true);
  });
});

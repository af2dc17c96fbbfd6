import { BrowserSettings, SETTINGS_KEY } from "../../../../src/apps/standalone/settings-store";

const RULES = { rules: { minimums: [{ level: "市总", group: "困难职工", minYuan: 1200 }], archiveGroups: ["困难职工"] } };

describe("rule settings in the browser", () => {
  beforeEach(() => window.localStorage.clear());

  it("survive the next visit through localStorage, under one key and nothing else", () => {
    new BrowserSettings(() => window.localStorage).save(RULES);
    expect(Object.keys(window.localStorage)).toEqual([SETTINGS_KEY]);
    expect(new BrowserSettings(() => window.localStorage).load()).toEqual(RULES);
  });

  it("live for this visit where the browser refuses storage", () => {
    const refusing = () => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
    const settings = new BrowserSettings(refusing);
    expect(settings.load()).toBeNull();
    settings.save(RULES);
    expect(settings.load()).toEqual(RULES);
  });

  it("ignore what they cannot read instead of failing the page", () => {
    window.localStorage.setItem(SETTINGS_KEY, "{not json");
    expect(new BrowserSettings(() => window.localStorage).load()).toBeNull();
  });
});

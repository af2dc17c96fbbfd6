import { runSelfTest } from "../../../src/core/self-test/run-self-test";
import { selfTestText } from "../../../src/core/self-test/self-test-text";
import { SELF_TEST_PROBES } from "../../../src/core/self-test/probes";
import { ROSTER as SMALL_ROSTER } from "../../apps/taskpane/roster";
import { ROSTER, wpsHostWith } from "./harness";

const PROBES = SELF_TEST_PROBES.map((probe) => probe.id);

function wpsWithRoster() {
  const wps = wpsHostWith(SMALL_ROSTER);
  wps.model.addGrid("说明", [["填报说明"]]);
  return wps;
}

describe("自检 in WPS 表格", () => {
  it("passes every item on the in-memory WPS, names the host and build, and leaves the clerk's sheets as they were", async () => {
    const { host, model } = wpsWithRoster();
    const before = model.sheets.map((sheet) => `${sheet.name} ${sheet.snapshot()}`);
    const report = await runSelfTest(host.selfTest!);
    expect(report.outcomes.map((outcome) => `${outcome.id} ${outcome.passed ? "pass" : outcome.message}`)).toEqual(PROBES.map((id) => `${id} pass`));
    expect(report.host).toEqual({ name: "WPS 表格", version: "12.1.0.16412" });
    // The scratch sheet is gone, without a confirmation asked of the clerk; nothing else changed, and the clerk's sheet is still the one shown.
    expect(model.sheets.map((sheet) => `${sheet.name} ${sheet.snapshot()}`)).toEqual(before);
    expect(model.deletePrompts).toBe(0);
    expect(model.displayAlerts).toBe(true);
    expect(model.activeSheet).toBe(ROSTER);
    const text = selfTestText(report);
    expect(text).toContain("宿主 (host)：WPS 表格 12.1.0.16412");
    expect(text).toContain(`结果：${PROBES.length} 项全部通过`);
  });

  it("fails the bulk read where Value2 gives a scalar for several cells, and still runs the rest", async () => {
    const { host, model } = wpsWithRoster();
    model.quirks = { value2Scalar: true };
    const report = await runSelfTest(host.selfTest!);
    const failed = report.outcomes.filter((outcome) => !outcome.passed);
    expect(failed.map((outcome) => outcome.id)).toEqual(["bulk-read"]);
    expect(failed[0].message).toContain("不是二维数组");
    expect(report.outcomes).toHaveLength(PROBES.length);
    expect(model.sheet("自检")).toBeUndefined();
    expect(selfTestText(report)).toContain(`结果：${PROBES.length} 项中 1 项失败`);
  });

  it("fails the note item with WPS's own message where notes are unsupported, and removes the scratch sheet", async () => {
    const { host, model } = wpsWithRoster();
    model.quirks = { commentsUnsupported: true };
    const report = await runSelfTest(host.selfTest!);
    expect(report.outcomes.filter((outcome) => !outcome.passed).map((outcome) => `${outcome.id}: ${outcome.message}`)).toEqual(["note: AddComment: 该方法不受支持 (not supported)"]);
    expect(model.sheets.map((sheet) => sheet.name)).toEqual([ROSTER, "说明"]);
  });

  it("tells an RGB host from a BGR one by the palette's red, and a host that never reports a change", async () => {
    const { host, model } = wpsWithRoster();
    model.quirks = { rgbColours: true, noChangeEvents: true };
    const report = await runSelfTest(host.selfTest!);
    const failed = report.outcomes.filter((outcome) => !outcome.passed);
    expect(failed.map((outcome) => outcome.id)).toEqual(["fill", "change-event"]);
    expect(failed[0].message).toContain("颜色不是 BGR");
  }, 10_000);
});

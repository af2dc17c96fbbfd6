import type { ScratchSheet, SelfTestHost } from "../../../src/core/ports/self-test-host";
import { runSelfTest } from "../../../src/core/self-test/run-self-test";
import { SELF_TEST_PROBES } from "../../../src/core/self-test/probes";
import { selfTestText } from "../../../src/core/self-test/self-test-text";

/** A host whose scratch sheet answers every probe as the adapters rely on, with `override` replacing some answers. */
function stubHost(override: Partial<ScratchSheet> = {}, addFails = false) {
  const calls: string[] = [];
  const sheet: ScratchSheet = {
    bulkRoundTrip: async (rows) => rows.map((row) => [...row]),
    fillRoundTrip: async (color) => color,
    noteRoundTrip: async (text) => text,
    listValidationRoundTrip: async (values) => values,
    settingsRoundTrip: async (value) => JSON.parse(JSON.stringify(value)),
    changeEventFires: async () => true,
    remove: async () => void calls.push("removed"),
    ...override,
  };
  const host: SelfTestHost = {
    identity: async () => ({ name: "测试宿主", version: "1.0" }),
    addScratchSheet: async () => {
      if (addFails) throw new Error("工作簿结构受保护");
      return sheet;
    },
  };
  return { host, calls };
}

const AT = () => new Date(Date.UTC(2026, 11, 7, 4, 30));

describe("runSelfTest", () => {
  it("lists every probe of the registry, passed, with the host, and the sheet removed", async () => {
    const { host, calls } = stubHost();
    const report = await runSelfTest(host, SELF_TEST_PROBES, AT);
    expect(report.outcomes.map((outcome) => outcome.passed)).toEqual(SELF_TEST_PROBES.map(() => true));
    expect(calls).toEqual(["removed"]);
    expect(selfTestText(report).split("\n").slice(0, 3)).toEqual(["报表助手自检 (self-test)", "宿主 (host)：测试宿主 1.0", "时间 (time)：2026-12-07T04:30:00.000Z"]);
  });

  it("fails an item whose answer differs or that throws, runs the rest, and still removes the sheet", async () => {
    const { host, calls } = stubHost({ fillRoundTrip: async () => "#CEC7FF", noteRoundTrip: async () => Promise.reject("批注接口不可用") });
    const report = await runSelfTest(host, SELF_TEST_PROBES, AT);
    expect(report.outcomes.filter((outcome) => !outcome.passed).map((outcome) => `${outcome.id}: ${outcome.message}`)).toEqual([
      'fill: 读回的颜色不同 (colour differs): "#CEC7FF" ≠ "#FFC7CE"',
      "note: 批注接口不可用",
    ]);
    expect(report.outcomes).toHaveLength(SELF_TEST_PROBES.length);
    expect(calls).toEqual(["removed"]);
    expect(selfTestText(report)).toContain("[失败 FAIL] 填充色");
  });

  it("says when the scratch sheet could not be added (nothing tried) or removed (delete it by hand)", async () => {
    const notAdded = await runSelfTest(stubHost({}, true).host, SELF_TEST_PROBES, AT);
    expect(notAdded.outcomes[0]).toMatchObject({ id: "scratch-added", passed: false, message: "工作簿结构受保护" });
    expect(notAdded.outcomes.slice(1).every((outcome) => !outcome.passed && outcome.message!.startsWith("未试"))).toBe(true);

    const notRemoved = await runSelfTest(stubHost({ remove: () => Promise.reject(new Error("删除被拒绝")) }).host, SELF_TEST_PROBES, AT);
    expect(notRemoved.outcomes.at(-1)).toMatchObject({ id: "scratch-removed", passed: false, message: "删除被拒绝" });
    expect(selfTestText(notRemoved)).toContain(`${SELF_TEST_PROBES.length + 1} 项中 1 项失败`);
  });
});

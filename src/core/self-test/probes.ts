import type { ScratchSheet } from "../ports/self-test-host";

/**
 * One host assumption the add-in relies on, tried on the scratch sheet. `run` throws (a
 * ProbeFailure, or whatever the host threw) when the assumption does not hold.
 */
export interface SelfTestProbe {
  readonly id: string;
  /** What is tried, as the clerk's report names it. */
  readonly name: string;
  readonly nameEn: string;
  run(sheet: ScratchSheet): Promise<void>;
}

/** An answer the host gave that is not the one the adapter relies on. */
export class ProbeFailure extends Error {}

const BLOCK = [
  ["姓名", "金额", "备注"],
  ["张三", 300, "甲"],
];
const FILL = "#FFC7CE";
const NOTE = "报表助手自检：批注读回";
const LIST = ["是", "否", "不详"];
const SETTINGS = { selfTest: true, text: "自检设置", amountFen: 30000, list: LIST };
const EVENT_TIMEOUT_MS = 3000;

const shown = (value: unknown) => JSON.stringify(value) ?? String(value);

function expectSame(got: unknown, wanted: unknown, what: string): void {
  if (shown(got) !== shown(wanted)) throw new ProbeFailure(`${what}: ${shown(got)} ≠ ${shown(wanted)}`);
}

/**
 * Every probe the 自检 runs, in the order the report lists them: the one list, so a new host
 * assumption is one more entry here and one more method on ScratchSheet in each adapter.
 */
export const SELF_TEST_PROBES: readonly SelfTestProbe[] = [
  {
    id: "bulk-read",
    name: "成批读取：多格区域读回二维数组",
    nameEn: "bulk read: a multi-cell range reads back as rows of cells",
    async run(sheet) {
      const got = await sheet.bulkRoundTrip(BLOCK);
      if (!Array.isArray(got) || !got.every(Array.isArray)) throw new ProbeFailure(`读回的不是二维数组 (not a 2-D array): ${shown(got)}`);
      expectSame(got, BLOCK, "读回的值不同 (values differ)");
    },
  },
  {
    id: "fill",
    name: "填充色：写入后读回同一颜色",
    nameEn: "fill colour reads back as written",
    async run(sheet) {
      expectSame((await sheet.fillRoundTrip(FILL)).toUpperCase(), FILL, "读回的颜色不同 (colour differs)");
    },
  },
  {
    id: "note",
    name: "批注：写入后读回",
    nameEn: "note reads back",
    async run(sheet) {
      expectSame(await sheet.noteRoundTrip(NOTE), NOTE, "读回的批注不同 (note differs)");
    },
  },
  {
    id: "validation",
    name: "数据有效性：下拉列表读回",
    nameEn: "list validation reads back",
    async run(sheet) {
      expectSame(await sheet.listValidationRoundTrip(LIST), LIST, "读回的列表不同 (list differs)");
    },
  },
  {
    id: "settings",
    name: "设置：存入工作簿后读回",
    nameEn: "settings saved in the workbook read back",
    async run(sheet) {
      expectSame(await sheet.settingsRoundTrip(SETTINGS), SETTINGS, "读回的设置不同 (settings differ)");
    },
  },
  {
    id: "change-event",
    name: "改动通知：改一格后收到通知（边输入边检查靠它）",
    nameEn: "a change raises the change event (checking while typing relies on it)",
    async run(sheet) {
      if (!(await sheet.changeEventFires(EVENT_TIMEOUT_MS))) throw new ProbeFailure(`${EVENT_TIMEOUT_MS / 1000} 秒内未收到通知 (no event within ${EVENT_TIMEOUT_MS / 1000} s)`);
    },
  },
];

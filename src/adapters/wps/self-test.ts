import { cellAddress } from "../../core/address";
import type { HostIdentity, ScratchSheet, SelfTestHost } from "../../core/ports/self-test-host";
import { ProbeFailure } from "../../core/self-test/probes";
import type { EtApplication, EtRange, EtWorkbook, EtWorksheet } from "./et-api";
import { bgrOf, hexOf, XL_VALIDATE_LIST } from "./et-constants";
import { applyValidation } from "./et-validation";
import { readHiddenJson, writeHiddenJson } from "./hidden-json";
import { activeWorkbook, addSheet, findSheet } from "./workbook-sheets";

/** ColorIndex 3 is red in the default palette (VBA's and WPS's): Color reads 255 where colours are BGR. */
const PALETTE_RED = 3;
const RED_IN_BGR = 255;

/** Runs `action` as one of the add-in's own writes (the host ignores the SheetChange it raises). */
export type OwnWrite = <T>(action: () => T) => Promise<T>;

/**
 * The 自检 in WPS 表格: a scratch sheet tried through the calls the adapter makes on the clerk's
 * sheets (Value2 blocks, Interior.Color in BGR, AddComment().Text, Validation.Add, the settings'
 * hidden-JSON column, ApiEvent SheetChange).
 */
export function createWpsSelfTest(app: EtApplication, write: OwnWrite): SelfTestHost {
  return {
    identity: async (): Promise<HostIdentity> => ({ name: app.Name, version: app.Build }),
    addScratchSheet: () =>
      write(() => {
        const workbook = activeWorkbook(app);
        const name = freeName(workbook);
        return wpsScratchSheet(app, workbook, addSheet(workbook, name), name, write);
      }),
  };
}

function freeName(workbook: EtWorkbook): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? "自检" : `自检${n}`;
    if (findSheet(workbook, name) === null) return name;
  }
}

function wpsScratchSheet(app: EtApplication, workbook: EtWorkbook, sheet: EtWorksheet, name: string, write: OwnWrite): ScratchSheet {
  const cell = (address: string): EtRange => sheet.Range(address);
  return {
    bulkRoundTrip: (rows) =>
      write(() => {
        const address = `A1:${cellAddress(rows.length, Math.max(...rows.map((row) => row.length)))}`;
        cell(address).Value2 = rows.map((row) => [...row]);
        return cell(address).Value2;
      }),
    fillRoundTrip: (color) =>
      write(() => {
        cell("B4").Interior.Color = bgrOf(color);
        const read = cell("B4").Interior.Color;
        if (typeof read !== "number") throw new ProbeFailure(`Interior.Color 读回 ${String(read)} (not a number)`);
        // A colour written and read through the same conversion round-trips in RGB too: the palette tells BGR apart.
        cell("B5").Interior.ColorIndex = PALETTE_RED;
        const red = cell("B5").Interior.Color;
        if (red !== RED_IN_BGR) throw new ProbeFailure(`ColorIndex 3（红色）读回 Color=${String(red)}，应为 ${RED_IN_BGR}：颜色不是 BGR，标记会显示成别的颜色 (not BGR)`);
        return hexOf(read);
      }),
    noteRoundTrip: (text) =>
      write(() => {
        cell("B6").AddComment().Text(text);
        const note = cell("B6").Comment;
        if (note === null) throw new ProbeFailure("加上的批注读不到 (Range.Comment is null)");
        return note.Text();
      }),
    listValidationRoundTrip: (values) =>
      write(() => {
        const target = cell("B7");
        applyValidation(target, { rule: { type: "list", values: [...values] }, prompt: { title: "自检", message: "自检" } });
        const validation = cell("B7").Validation;
        if (validation.Type !== XL_VALIDATE_LIST) throw new ProbeFailure(`Validation.Type 读回 ${validation.Type}，应为 ${XL_VALIDATE_LIST} (list)`);
        return validation.Formula1.split(",");
      }),
    settingsRoundTrip: (value) =>
      write(() => {
        // The settings' own writer and reader, pointed at the scratch sheet: the clerk's saved settings are not touched.
        sheet.UsedRange.Clear();
        writeHiddenJson(workbook, name, value);
        return readHiddenJson(workbook, name)?.settings;
      }),
    async changeEventFires(timeoutMs) {
      let fired = false;
      const listener = (changed: EtWorksheet) => {
        if (changed.Name === name) fired = true;
      };
      const events = app.ApiEvent;
      events.AddApiEventListener("SheetChange", listener as never);
      try {
        await write(() => (cell("D9").Value2 = "自检改动"));
        for (let waited = 0; !fired && waited < timeoutMs; waited += POLL_MS) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        return fired;
      } finally {
        events.RemoveApiEventListener("SheetChange", listener as never);
      }
    },
    remove: () =>
      write(() => {
        // Delete asks the clerk to confirm unless alerts are off, as in VBA.
        const alerts = app.DisplayAlerts;
        app.DisplayAlerts = false;
        try {
          sheet.Delete();
        } finally {
          app.DisplayAlerts = alerts;
        }
      }),
  };
}

const POLL_MS = 50;

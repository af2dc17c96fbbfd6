import { cellAddress } from "../../core/address";
import type { HostIdentity, ScratchSheet, SelfTestHost } from "../../core/ports/self-test-host";
import { envelope, fromSettingsChunks } from "../../core/workbook/settings-envelope";
import type { ExcelRun } from "./excel-run";
import { queueValidation } from "./office-validation";
import { settingsSheetTexts, writeSettingsSheet } from "./settings-store";
import { cellsWithNotes } from "./sheet-notes";

/** Office.context.diagnostics in the add-in: which Excel, on which platform, which build. */
export const officeHostIdentity = (): HostIdentity => {
  const { platform, version } = Office.context.diagnostics;
  return { name: `Excel (${String(platform)})`, version };
};

const POLL_MS = 50;

/**
 * The 自检 in Excel: a scratch sheet tried through the calls the adapter makes on the clerk's
 * sheets (values in blocks, format.fill.color, notes, dataValidation, the settings sheet's JSON
 * column, worksheets.onChanged). Excel raises onChanged for the add-in's own writes too
 * (triggerSource ThisLocalAddin), which is how the probe sees the event without the clerk typing.
 */
export function createExcelSelfTest(run: ExcelRun, identity: () => HostIdentity = officeHostIdentity): SelfTestHost {
  return {
    identity: async () => identity(),
    addScratchSheet: () =>
      run(async (context) => {
        const sheets = context.workbook.worksheets.load("items/name");
        await context.sync();
        const taken = new Set(sheets.items.map((sheet) => sheet.name));
        let name = "自检";
        for (let n = 2; taken.has(name); n++) name = `自检${n}`;
        const sheet = context.workbook.worksheets.add(name).load("id");
        await context.sync();
        return excelScratchSheet(run, name, sheet.id);
      }),
  };
}

function excelScratchSheet(run: ExcelRun, name: string, id: string): ScratchSheet {
  const onSheet = <T>(batch: (sheet: Excel.Worksheet, context: Excel.RequestContext) => Promise<T>) =>
    run((context) => batch(context.workbook.worksheets.getItem(name), context));
  return {
    bulkRoundTrip: (rows) =>
      onSheet(async (sheet, context) => {
        const address = `A1:${cellAddress(rows.length, Math.max(...rows.map((row) => row.length)))}`;
        sheet.getRange(address).values = rows.map((row) => [...row]);
        await context.sync();
        const read = sheet.getRange(address).load("values");
        await context.sync();
        return read.values;
      }),
    fillRoundTrip: (color) =>
      onSheet(async (sheet, context) => {
        sheet.getRange("B4").format.fill.color = color;
        await context.sync();
        const fill = sheet.getRange("B4").format.fill.load("color");
        await context.sync();
        return fill.color;
      }),
    noteRoundTrip: (text) =>
      onSheet(async (sheet, context) => {
        sheet.notes.add("B6", text);
        await context.sync();
        return (await cellsWithNotes(context, sheet)).get("B6") ?? "";
      }),
    listValidationRoundTrip: (values) =>
      onSheet(async (sheet, context) => {
        queueValidation(sheet.getRange("B7"), { rule: { type: "list", values: [...values] }, prompt: { title: "自检", message: "自检" } });
        await context.sync();
        const validation = sheet.getRange("B7").dataValidation.load("rule");
        await context.sync();
        const source = validation.rule.list?.source;
        return typeof source === "string" ? source.split(",") : [];
      }),
    settingsRoundTrip: (value) =>
      run(async (context) => {
        // The settings' own sheet writer and reader, pointed at the scratch sheet: the clerk's saved settings are not touched.
        await writeSettingsSheet(context, envelope(value, new Date()), name);
        const texts = await settingsSheetTexts(context, name);
        return texts === null ? null : fromSettingsChunks(texts)?.settings;
      }),
    async changeEventFires(timeoutMs) {
      let fired = false;
      const registration = await run(async (context) => {
        const handler = context.workbook.worksheets.onChanged.add(async (args) => {
          if (args.worksheetId === id) fired = true;
        });
        await context.sync();
        return handler;
      });
      try {
        await onSheet(async (sheet, context) => {
          sheet.getRange("D9").values = [["自检改动"]];
          await context.sync();
        });
        for (let waited = 0; !fired && waited < timeoutMs; waited += POLL_MS) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        return fired;
      } finally {
        registration.remove();
        await registration.context.sync();
      }
    },
    remove: () =>
      onSheet(async (sheet, context) => {
        sheet.delete();
        await context.sync();
      }),
  };
}

import type { EtApplication, WpsGlobal } from "../../adapters/wps/et-api";
import { MSO_CT_POSITION_RIGHT } from "../../adapters/wps/et-constants";
import { appendWpsNotice, writeWpsFailureNotice } from "../../adapters/wps/results-sheets";
import { activeWorkbook } from "../../adapters/wps/workbook-sheets";
import { createWpsFormWriter } from "../../adapters/wps/wps-form-writer";
import { createWpsHost } from "../../adapters/wps/wps-host";
import { ReportError } from "../../core/errors";
import { runSelfTest } from "../../core/self-test/run-self-test";
import { selfTestText } from "../../core/self-test/self-test-text";
import { addFillRulesCommand, clearFillRulesCommand, newBlankForm } from "../commands/blank-form-commands";
import { oneClickCheck } from "../commands/one-click-check";

/** The ribbon's button ids (ribbon.xml): each is also the action OnAction runs. */
export const WPS_BUTTONS = ["oneClickCheck", "openPane", "clearMarks", "selfTest", "newBlankForm", "addFillRules", "clearFillRules"] as const;
export type WpsButton = (typeof WPS_BUTTONS)[number];

/** Where the task pane's id is kept between clicks (PluginStorage is shared by the add-in's pages). */
export const PANE_ID_KEY = "baobiao-zhushou.taskpane";
const PANE_WIDTH = 420;

export interface WpsRibbonDeps {
  readonly app: EtApplication;
  readonly wps: WpsGlobal;
  /** The task pane page, absolute (WPS opens it in a pane of its own). */
  readonly paneUrl: string;
  /** Tells the clerk something went wrong (window.alert in WPS: a ribbon button has nowhere else to say it). */
  readonly notify: (message: string) => void;
}

export interface WpsControl {
  readonly Id: string;
}

/**
 * The callbacks ribbon.xml names (`ribbon.OnAction` …), looked up by WPS on `window.ribbon`. Every
 * button runs the same command as in Excel, on the WPS adapter; OnAction returns the action's
 * promise (tests await it; WPS ignores it).
 */
export function createRibbon({ app, wps, paneUrl, notify }: WpsRibbonDeps) {
  const host = createWpsHost(app);
  const ports = { ...createWpsFormWriter(app), loadSettings: () => host.loadSettings() };
  const actions: Record<WpsButton, () => Promise<void>> = {
    oneClickCheck: () =>
      oneClickCheck(host, {
        failed: async (line) => writeWpsFailureNotice(activeWorkbook(app), line),
        partial: async (issuesSheet, line) => appendWpsNotice(activeWorkbook(app), issuesSheet, line),
      }),
    openPane: async () => openPane(wps, paneUrl),
    clearMarks: () => host.clearMarks(),
    // The report in WPS's own message box (its text can be copied there with Ctrl+C); the pane's 设置 page has it with a copy button.
    selfTest: async () => notify(selfTestText(await runSelfTest(host.selfTest!))),
    newBlankForm: () => newBlankForm(ports),
    addFillRules: () => addFillRulesCommand(ports),
    clearFillRules: () => clearFillRulesCommand(ports),
  };
  return {
    OnAddinLoad: () => true,
    OnAction(control: WpsControl): Promise<void> {
      const action = actions[control.Id as WpsButton];
      if (action === undefined) return Promise.resolve();
      return action().catch((error: unknown) => notify(failureText(error)));
    },
    GetImage: () => "images/icon-32.png",
  };
}

function failureText(error: unknown): string {
  if (error instanceof ReportError) return error.messageZh;
  return `报表助手：WPS 报告错误（${error instanceof Error ? error.message : String(error)}）。工作表受保护时请先撤销保护。`;
}

/** Shows the pane, made once and then shown again (its id kept in PluginStorage). */
export function openPane(wps: WpsGlobal, url: string): void {
  const id = Number(wps.PluginStorage.getItem(PANE_ID_KEY));
  const existing = Number.isInteger(id) && id > 0 ? wps.GetTaskPane(id) : null;
  if (existing) {
    existing.Visible = true;
    return;
  }
  const pane = wps.CreateTaskPane(url, "报表助手");
  pane.DockPosition = MSO_CT_POSITION_RIGHT;
  pane.Width = PANE_WIDTH;
  pane.Visible = true;
  wps.PluginStorage.setItem(PANE_ID_KEY, String(pane.ID));
}

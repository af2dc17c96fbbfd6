import { MessageBar, MessageBarBody, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import type { ReactElement } from "react";
import { PaneShell } from "../taskpane/components/PaneShell";
import { pickStrings } from "../taskpane/i18n/locale";
import { selfTestRequested } from "../taskpane/self-test-view";
import { wpsSpreadsheet } from "./detect-host";

/**
 * The task pane inside WPS 表格 (wps.CreateTaskPane opens taskpane.html): the same React pane as
 * in Excel, on the WPS adapter. Its page carries no office.js. Opened anywhere else, it says so.
 */
async function start(): Promise<void> {
  const strings = pickStrings(globalThis.navigator?.language);
  document.documentElement.lang = strings.locale;
  const app = wpsSpreadsheet(globalThis as { Application?: unknown; wps?: unknown });
  // The adapter (and the check engine it runs) and the pane itself are chunks of their own, as Excel's are:
  // the pane's first download stays within its budget.
  let pane: ReactElement | null = null;
  if (app) {
    const [{ createWpsHost }, { TaskPane }] = await Promise.all([
      import(/* webpackChunkName: "wps-host" */ "../../adapters/wps/wps-host"),
      import(/* webpackChunkName: "wps-pane" */ "../taskpane/components/TaskPane"),
    ]);
    pane = <TaskPane host={createWpsHost(app)} selfTestOnOpen={selfTestRequested(globalThis.location?.search ?? "")} />;
  }
  createRoot(document.getElementById("root")!).render(
    <PaneShell strings={strings} theme={webLightTheme}>
      {pane ?? (
        <MessageBar intent="warning" layout="multiline" data-testid="not-in-wps">
          <MessageBarBody>
            <p>此页面是报表助手的 WPS 加载项任务窗格：请在 WPS 表格中点“报表助手 › 打开助手”。</p>
            <p lang="en">This is the WPS add-in's task pane: open it from WPS Spreadsheets (报表助手 › 打开助手).</p>
          </MessageBarBody>
        </MessageBar>
      )}
    </PaneShell>,
  );
}

void start();

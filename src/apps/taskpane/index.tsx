import { Spinner } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { waitForOffice } from "./boot/wait-for-office";
import { displayLanguage, pickTheme } from "./boot/office-look";
import { OfficeTimeout } from "./components/OfficeTimeout";
import { PaneShell } from "./components/PaneShell";
import { ReportErrorBar } from "./components/ReportErrorBar";
import { pickStrings } from "./i18n/locale";

/** Long enough for a slow CDN, short enough that a clerk does not give up on a blank pane. */
const OFFICE_TIMEOUT_MS = 8000;

async function start(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  const office = typeof Office === "undefined" ? undefined : Office;
  const show = (started: "excel" | "other", content: ReactElement) => {
    const context = started === "excel" ? office : undefined;
    const strings = pickStrings(displayLanguage(context));
    document.documentElement.lang = strings.locale;
    root.render(
      <PaneShell strings={strings} theme={pickTheme(context)}>
        {content}
      </PaneShell>,
    );
  };
  show("other", <Spinner label="正在连接 Office… / Connecting to Office…" />);
  const started = await waitForOffice(office, OFFICE_TIMEOUT_MS);
  try {
    // The pane itself is a chunk of its own, fetched (prefetched) while Office.js starts: the first
    // download is only this shell, which shows the spinner at once.
    if (started === "excel") show("excel", await (await import(/* webpackChunkName: "excel-mode", webpackPrefetch: true */ "./excel-mode")).loadExcelMode());
    else if (started === "no-host") show("other", await (await import(/* webpackChunkName: "standalone-entry" */ "./standalone/standalone-mode")).loadStandaloneMode());
    else show("other", <OfficeTimeout />);
  } catch (error) {
    show("other", <ReportErrorBar error={error} />);
  }
}

void start();

import { Spinner } from "@fluentui/react-components";
import type { ReactElement } from "react";
import { createRoot } from "react-dom/client";
import { waitForOffice } from "./boot/wait-for-office";
import { displayLanguage, pickTheme } from "./boot/office-look";
import { OfficeTimeout } from "./components/OfficeTimeout";
import { PaneShell } from "./components/PaneShell";
import { ReportErrorBar } from "./components/ReportErrorBar";
import { loadExcelMode } from "./excel-mode";
import { pickStrings } from "./i18n/locale";
import { loadStandaloneMode } from "./standalone/standalone-mode";

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
    if (started === "excel") show("excel", await loadExcelMode());
    else if (started === "no-host") show("other", await loadStandaloneMode());
    else show("other", <OfficeTimeout />);
  } catch (error) {
    show("other", <ReportErrorBar error={error} />);
  }
}

void start();

import { createRoot } from "react-dom/client";
import { pickTheme } from "../taskpane/boot/office-look";
import { PaneShell } from "../taskpane/components/PaneShell";
import { ReportErrorBar } from "../taskpane/components/ReportErrorBar";
import { pickStrings } from "../taskpane/i18n/locale";
import { loadStandaloneMode } from "../taskpane/standalone/standalone-mode";

/** The standalone page: no office.js at all, straight into standalone mode. */
async function start(): Promise<void> {
  const root = createRoot(document.getElementById("root")!);
  const strings = pickStrings(navigator.language);
  document.documentElement.lang = strings.locale;
  let content;
  try {
    content = await loadStandaloneMode();
  } catch (error) {
    content = <ReportErrorBar error={error} />;
  }
  root.render(
    <PaneShell strings={strings} theme={pickTheme(undefined)}>
      {content}
    </PaneShell>,
  );
}

void start();

import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Template } from "../../../core/template/schema";
import { BrowserSettings } from "../../standalone/settings-store";
import { StandaloneHost, type SaveFile } from "../../standalone/standalone-host";
import type { WorkbookReading } from "../../standalone/workbook-reading";
import { ReportErrorBar } from "../components/ReportErrorBar";
import { TaskPane } from "../components/TaskPane";
import { useStrings } from "../i18n/locale";
import { useAction } from "../use-action";
import { applySavedSettings } from "../../../core/settings/saved-settings";
import { BlankFormButton, DownloadButtons } from "./DownloadButtons";
import { FileOpener } from "./FileOpener";
import { SheetPreview } from "./SheetPreview";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  work: {
    display: "grid",
    gridTemplateColumns: "minmax(320px, 460px) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalM,
    alignItems: "start",
    "@media (max-width: 800px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
});

interface Props {
  baseTemplate: Template;
  saveFile: SaveFile;
  /** Reads the bundled sample; the page fetches it from its own origin. */
  loadSample(): Promise<{ bytes: Uint8Array; fileName: string }>;
  /** Where the file is read: the page passes its Web Worker; left out, on this thread. */
  reading?: WorkbookReading;
}

interface Session {
  readonly host: StandaloneHost;
  /** Opening the same file again starts the pane afresh. */
  readonly id: number;
}

/** The task pane without Excel: the workbook is opened in the page and never leaves it. */
export function StandaloneMode({ baseTemplate, saveFile, loadSample, reading }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const [settings] = useState(() => new BrowserSettings(() => window.localStorage));
  const [session, setSession] = useState<Session | null>(null);
  const opening = useAction();

  const open = (read: () => Promise<{ bytes: Uint8Array; fileName: string }>) =>
    opening.run(async () => {
      const { bytes, fileName } = await read();
      const host = await StandaloneHost.open(bytes, fileName, baseTemplate, saveFile, settings, reading);
      setSession((previous) => {
        previous?.host.close();
        return { host, id: (previous?.id ?? 0) + 1 };
      });
    });

  return (
    <main className={styles.page}>
      <MessageBar intent="info" data-testid="privacy-banner">
        <MessageBarBody>{strings.standalone.banner}</MessageBarBody>
      </MessageBar>
      <FileOpener
        busy={opening.busy}
        onFile={(bytes, fileName) => open(async () => ({ bytes, fileName }))}
        onSample={() => open(loadSample)}
      />
      {opening.hasError && <ReportErrorBar error={opening.error} testId="open-error" />}
      <BlankFormButton template={() => applySavedSettings(baseTemplate, settings.load()).template} saveFile={saveFile} />
      {session ? (
        <>
          <Text data-testid="opened-file">{strings.standalone.opened(session.host.fileName)}</Text>
          <div className={styles.work}>
            <TaskPane
              key={session.id}
              host={session.host}
              baseTemplate={baseTemplate}
              resultActions={(result, template) => (
                <DownloadButtons host={session.host} result={result} template={template} />
              )}
            />
            <SheetPreview source={session.host} />
          </div>
        </>
      ) : (
        !opening.busy && <Text>{strings.standalone.noFile}</Text>
      )}
    </main>
  );
}

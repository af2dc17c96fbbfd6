import { Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { BrowserSettings } from "../../standalone/settings-store";
import { StandaloneHost, type SaveFile } from "../../standalone/standalone-host";
import type { WorkbookReading } from "../../standalone/workbook-reading";
import { ReportErrorBar } from "../components/ReportErrorBar";
import { TaskPane } from "../components/TaskPane";
import { useStrings } from "../i18n/locale";
import { useAction } from "../use-action";
import { applySavedSettings } from "../../../core/settings/saved-settings";
import { BUNDLED_FORMS } from "../forms/bundled-forms";
import type { Form } from "../forms/form";
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
  /** The form picked on the page before opening; none: read from the file's header. */
  readonly preferredForm: Form | undefined;
}

/** The task pane without Excel: the workbook is opened in the page and never leaves it. */
export function StandaloneMode({ saveFile, loadSample, reading }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const [settings] = useState(() => new BrowserSettings(() => window.localStorage));
  const [session, setSession] = useState<Session | null>(null);
  /** Picked on the page for the next file opened; null: read from its header. */
  const [form, setForm] = useState<Form | null>(null);
  /** What 下载空白表 gives: the form last picked on the page or used by the pane. */
  const [blankForm, setBlankForm] = useState<Form>(BUNDLED_FORMS[0]);
  const opening = useAction();

  const open = (read: () => Promise<{ bytes: Uint8Array; fileName: string }>) =>
    opening.run(async () => {
      const { bytes, fileName } = await read();
      const host = await StandaloneHost.open(bytes, fileName, (form ?? BUNDLED_FORMS[0]).template, saveFile, settings, reading);
      setSession((previous) => {
        previous?.host.close();
        return { host, id: (previous?.id ?? 0) + 1, preferredForm: form ?? undefined };
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
      <Field label={strings.forms.label}>
        <Select
          value={form === null ? "" : String(BUNDLED_FORMS.findIndex((bundled) => bundled.template.pack.id === form.template.pack.id))}
          onChange={(_, data) => {
            const picked = data.value === "" ? null : BUNDLED_FORMS[Number(data.value)];
            setForm(picked);
            if (picked) setBlankForm(picked);
          }}
          data-testid="page-form-select"
        >
          <option value="">{strings.forms.detect}</option>
          {BUNDLED_FORMS.map((bundled, index) => (
            <option key={bundled.template.pack.id} value={index}>
              {bundled.template.pack.name}
            </option>
          ))}
        </Select>
      </Field>
      <BlankFormButton template={() => applySavedSettings(blankForm.template, settings.load()).template} saveFile={saveFile} />
      {session ? (
        <>
          <Text data-testid="opened-file">{strings.standalone.opened(session.host.fileName)}</Text>
          <div className={styles.work}>
            <TaskPane
              key={session.id}
              host={session.host}
              preferredForm={session.preferredForm}
              onForm={setBlankForm}
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

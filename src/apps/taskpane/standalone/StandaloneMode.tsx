import { Button, Field, makeStyles, mergeClasses, MessageBar, MessageBarBody, Select, Spinner, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { Suspense, useMemo, useState } from "react";
import type { PickedFile, SubmissionsHost } from "../../../core/ports/submissions-host";
import type { Template } from "../../../core/template/schema";
import { BrowserSettings } from "../../standalone/settings-store";
import { PageSubmissionsHost } from "../../standalone/page-submissions-host";
import { consolidatedWritingInPage, type ConsolidatedWriting } from "../../standalone/consolidated-writing";
import { rosterCheckingInPage, type RosterChecking } from "../../standalone/roster-checking";
import { StandaloneHost, type SaveFile } from "../../standalone/standalone-host";
import type { WorkbookReading } from "../../standalone/workbook-reading";
import type { Handover } from "../components/ConsolidationView";
import { pickedFile } from "../components/FilesDropZone";
import { LazyConsolidationView } from "../components/LazyConsolidationView";
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
import { BUNDLED_TEMPLATES } from "../../../core/template/bundled-packs";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hidden: { display: "none" },
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
  /** Where 汇总's submissions are checked and its workbook written: the page passes workers; left out, on this thread. */
  submissionWork?: { readonly checking: RosterChecking; readonly writing: ConsolidatedWriting };
}

interface Session {
  readonly host: StandaloneHost;
  /** Opening the same file again starts the pane afresh. */
  readonly id: number;
  /** The form picked on the page before opening; none: read from the file's header. */
  readonly preferredForm: Form | undefined;
  /** The file as opened, handed to 汇总 to check every roster sheet of it. */
  readonly file: PickedFile;
  readonly sheets: number;
}

type PageMode = "one" | "many";

const IN_PAGE = { checking: rosterCheckingInPage, writing: consolidatedWritingInPage };

/** The task pane without Excel: the workbook is opened in the page and never leaves it. */
export function StandaloneMode({ saveFile, loadSample, reading, submissionWork = IN_PAGE }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const [settings] = useState(() => new BrowserSettings(() => window.localStorage));
  const [session, setSession] = useState<Session | null>(null);
  /** Picked on the page for the next file opened; null: read from its header. */
  const [form, setForm] = useState<Form | null>(null);
  /** What 下载空白表 and 汇总 use: the form last picked on the page or used by the pane. */
  const [lastForm, setLastForm] = useState<Form>(BUNDLED_FORMS[0]);
  const baseTemplate = lastForm.template;
  const opening = useAction();
  const [mode, setMode] = useState<PageMode>("one");
  // Once opened, 汇总 stays mounted: going back to one file must not lose the submissions checked.
  const [visitedMany, setVisitedMany] = useState(false);
  const showMode = (next: PageMode) => {
    setMode(next);
    if (next === "many") setVisitedMany(true);
  };
  const [handover, setHandover] = useState<Handover | undefined>(undefined);
  const submissionsHost = useMemo(
    () => new PageSubmissionsHost(submissionWork.checking, submissionWork.writing, saveFile),
    [submissionWork, saveFile],
  );
  const consolidate = (files: readonly PickedFile[]) => {
    setHandover((previous) => ({ id: (previous?.id ?? 0) + 1, files }));
    showMode("many");
  };

  const open = (read: () => Promise<{ bytes: Uint8Array; fileName: string }>) =>
    opening.run(async () => {
      const { bytes, fileName } = await read();
      const host = await StandaloneHost.open(bytes, fileName, (form ?? BUNDLED_FORMS[0]).template, saveFile, settings, reading);
      const sheets = (await host.listSheets()).length;
      // The reading worker took a copy: 汇总 reads its own copy again when it checks this file.
      const file = { name: fileName, bytes: async () => bytes.slice() };
      setSession((previous) => {
        previous?.host.close();
        return { host, id: (previous?.id ?? 0) + 1, preferredForm: form ?? undefined, file, sheets };
      });
    });

  return (
    <main className={styles.page}>
      <MessageBar intent="info" data-testid="privacy-banner">
        <MessageBarBody>{strings.standalone.banner}</MessageBarBody>
      </MessageBar>
      <TabList selectedValue={mode} onTabSelect={(_, data) => showMode(data.value as PageMode)} aria-label={strings.standalone.pageModes}>
        <Tab value="one" data-testid="mode-one">
          {strings.standalone.modeOne}
        </Tab>
        <Tab value="many" data-testid="mode-many">
          {strings.standalone.modeMany}
        </Tab>
      </TabList>
      <Field label={strings.forms.label}>
        <Select
          value={form === null ? "" : String(BUNDLED_FORMS.findIndex((bundled) => bundled.template.pack.id === form.template.pack.id))}
          onChange={(_, data) => {
            const picked = data.value === "" ? null : BUNDLED_FORMS[Number(data.value)];
            setForm(picked);
            if (picked) setLastForm(picked);
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
      {visitedMany && (
        <div className={mergeClasses(styles.section, mode !== "many" && styles.hidden)}>
          <ManyFiles host={submissionsHost} baseTemplate={baseTemplate} settings={settings} handover={handover} />
        </div>
      )}
      <div className={mergeClasses(styles.section, mode !== "one" && styles.hidden)}>
        <FileOpener
          busy={opening.busy}
          onFile={(bytes, fileName) => open(async () => ({ bytes, fileName }))}
          onSeveral={(files) => consolidate(files.map(pickedFile))}
          onSample={() => open(loadSample)}
        />
        {opening.hasError && <ReportErrorBar error={opening.error} testId="open-error" />}
        <BlankFormButton template={() => applySavedSettings(baseTemplate, settings.load()).template} saveFile={saveFile} />
        {session ? (
          <>
            <Text data-testid="opened-file">{strings.standalone.opened(session.host.fileName)}</Text>
            {session.sheets > 1 && (
              <div>
                <Button onClick={() => consolidate([session.file])} data-testid="consolidate-sheets">
                  {strings.standalone.allSheets(session.sheets)}
                </Button>
              </div>
            )}
            <div className={styles.work}>
              <TaskPane
                key={session.id}
                host={session.host}
                preferredForm={session.preferredForm}
                onForm={setLastForm}
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
      </div>
    </main>
  );
}

interface ManyFilesProps {
  host: SubmissionsHost;
  baseTemplate: Template;
  settings: BrowserSettings;
  handover: Handover | undefined;
}

/**
 * 汇总 on the page: every submission checked with this browser's 设置 and 列对应, as a file opened alone
 * would be; a file whose header names another bundled form (the 劳模 roster) as that form, in a section of its own.
 */
function ManyFiles({ host, baseTemplate, settings, handover }: ManyFilesProps) {
  const strings = useStrings();
  let applied;
  try {
    applied = applySavedSettings(baseTemplate, settings.load());
  } catch (error) {
    return <ReportErrorBar error={error} testId="settings-error" />;
  }
  return (
    <Suspense fallback={<Spinner size="small" label={strings.standalone.modeMany} />}>
      <LazyConsolidationView host={host} template={applied.template} forms={BUNDLED_TEMPLATES} columnMap={applied.columnMap} handover={handover} />
    </Suspense>
  );
}

import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, tokens } from "@fluentui/react-components";
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ColumnMap } from "../../../core/check/column-map";
import type { Issue, IssueCode } from "../../../core/check/types";
import type { ConsolidatedResult, LocatedIssue, SubmissionVerdict } from "../../../core/consolidate/consolidation";
import { placeName } from "../../../core/consolidate/person-index";
import { incompleteNote, missingFiles, withIncompleteNote, type SkippedFile } from "../../../core/consolidate/product-output";
import type { CheckedSubmission, PickedFile, SubmissionsHost, SubmissionsProgress } from "../../../core/ports/submissions-host";
import { reportDocument } from "../../../core/report/report-document";
import type { ReportInput } from "../../../core/report/report-input";
import { reportSentence } from "../../../core/report/report-sentence";
import { reportText } from "../../../core/report/report-text";
import { defaultSummary } from "../../../core/summary/consolidation-summary";
import { renderParsedSummary } from "../../../core/summary/render-summary";
import type { ArchiveRegister } from "../../../core/register/archive-register";
import type { Template } from "../../../core/template/schema";
import { consolidateChecked, submissionKey } from "../consolidate-checked";
import { copyText } from "../copy-text";
import { useConsolidationStrings } from "../i18n/consolidation-strings";
import { useStrings } from "../i18n/locale";
import { groupIssues } from "../issue-groups";
import { useAction } from "../use-action";
import { FilesDropZone } from "./FilesDropZone";
import { RegisterCoverageView, RegisterPicker } from "./RegisterPanel";
import { IssueList } from "./IssueList";
import { ReportErrorBar } from "./ReportErrorBar";
import { SubmissionFile } from "./SubmissionFile";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  subtitle: { margin: 0, fontSize: tokens.fontSizeBase300 },
  files: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

export interface ConsolidationViewProps {
  host: SubmissionsHost;
  /** The rules every submission is checked with (the built-in template with the clerk's 设置). */
  template: Template;
  columnMap?: ColumnMap;
  /** Files another part of the page hands over (a workbook it opened, to check all its roster sheets): checked as each new id arrives. */
  handover?: Handover;
  /** The pane's 校验全部名单工作表: each new value (from 1) checks the open workbook's roster sheets. */
  openWorkbookRequest?: number;
  /** An issue clicked in the list (the pane selects its cell when it is in the open workbook). */
  onSelectIssue?: (issue: LocatedIssue) => void;
  /** What the host adds under the result (the pane: marking the open workbook's cells). */
  resultActions?: (consolidated: ConsolidatedResult) => ReactNode;
  /** The save button and its outcome where the host does not download (Excel opens a new workbook). */
  saveWording?: { readonly save: string; readonly saved: (where: string) => string };
}

export interface Handover {
  readonly id: number;
  readonly files: readonly PickedFile[];
}

/** One submitted file in the list: `file` is absent for the workbook open in the host. */
interface Entry {
  readonly name: string;
  readonly file?: PickedFile;
  /** null while it waits for its check. */
  readonly outcome: CheckedSubmission | null;
}

/**
 * 汇总 (逐级上报): the clerk picks the units' submissions, sees each one's own verdict, corrects
 * 填报单位 where a file names none, and gets the consolidated issues (people paid by two units),
 * the by-unit sentence and the 汇总 workbook. Talks to files only through `host`.
 */
export function ConsolidationView({ host, template, columnMap, handover, openWorkbookRequest = 0, onSelectIssue, resultActions, saveWording }: ConsolidationViewProps) {
  const strings = useConsolidationStrings();
  const paneStrings = useStrings();
  const styles = useStyles();
  const [entries, setEntries] = useState<readonly Entry[]>([]);
  const [units, setUnits] = useState<ReadonlyMap<string, string>>(new Map());
  const [progress, setProgress] = useState<SubmissionsProgress | null>(null);
  const [current, setCurrent] = useState<number | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  /** Files the clerk chose to consolidate without (不含这些文件继续); until then an incomplete result is not offered. */
  const [goOnWithout, setGoOnWithout] = useState<ReadonlySet<string>>(new Set());
  /** The report's text was copied (true) or the clipboard refused it (false), where the host saves no file. */
  const [copied, setCopied] = useState<boolean | null>(null);
  /** The unit the report is sent by, as the clerk types it: never taken from a roster (a roster names who filled it). */
  const [reportUnit, setReportUnit] = useState("");
  const check = useAction();
  const save = useAction();
  const writeReport = useAction();
  /** 对照档案: the register in use (a ref too, so a check started from a stale render still uses it). */
  const [register, setRegister] = useState<{ readonly files: readonly string[]; readonly value: ArchiveRegister } | null>(null);
  const registerNow = useRef<ArchiveRegister | undefined>(undefined);
  const [allRegister, setAllRegister] = useState(false);

  const addFiles = (files: readonly PickedFile[]) =>
    check.run(async () => {
      const names = new Set(files.map((file) => file.name));
      // A unit's corrected file, dropped again, replaces the one it sent before.
      setEntries((before) => [...before.filter((entry) => !names.has(entry.name)), ...files.map((file) => ({ name: file.name, file, outcome: null }))]);
      setProgress({ filesDone: 0, filesTotal: files.length, rowsRead: 0 });
      try {
        const outcomes = await host.checkFiles(files, template, { columnMap, onProgress: setProgress, register: registerNow.current });
        setEntries((before) => before.map((entry) => (entry.file && files.includes(entry.file) ? { ...entry, outcome: outcomes[files.indexOf(entry.file)] } : entry)));
      } catch (error) {
        setEntries((before) => before.filter((entry) => !(entry.file && files.includes(entry.file))));
        throw error;
      } finally {
        setProgress(null);
      }
    });

  const addOpenWorkbook = (checkOpenWorkbook: NonNullable<SubmissionsHost["checkOpenWorkbook"]>) =>
    check.run(async () => {
      try {
        const outcome = await checkOpenWorkbook(template, { columnMap, onProgress: setProgress, register: registerNow.current });
        setEntries((before) => [...before.filter((entry) => entry.name !== outcome.file), { name: outcome.file, outcome }]);
      } finally {
        setProgress(null);
      }
    });

  /** A register chosen or dropped: every submission is checked again against it (its rows' keys alone cannot be). */
  const chooseRegister = (files: readonly PickedFile[] | null) =>
    check.run(async () => {
      const value = files === null || host.readRegister === undefined ? null : await host.readRegister(files);
      registerNow.current = value ?? undefined;
      setRegister(value === null ? null : { files: files!.map((file) => file.name), value });
      const picked = entries.flatMap((entry) => (entry.file ? [entry.file] : []));
      if (picked.length > 0) await addFiles(picked);
      if (host.checkOpenWorkbook && entries.some((entry) => entry.file === undefined)) await addOpenWorkbook(host.checkOpenWorkbook.bind(host));
    });

  const requested = useRef(0);
  useEffect(() => {
    if (openWorkbookRequest === requested.current || !host.checkOpenWorkbook) return;
    requested.current = openWorkbookRequest;
    void addOpenWorkbook(host.checkOpenWorkbook.bind(host));
  });

  const handedOver = useRef<number | null>(null);
  useEffect(() => {
    if (handover === undefined || handedOver.current === handover.id) return;
    handedOver.current = handover.id;
    void addFiles(handover.files);
  });

  const outcomes = useMemo(() => entries.flatMap((entry) => (entry.outcome ? [entry.outcome] : [])), [entries]);
  // Typing a unit name re-joins every submission: the list keeps up with the keys, not each keystroke.
  const deferredUnits = useDeferredValue(units);
  const consolidated = useMemo(
    () => consolidateChecked(outcomes, deferredUnits, register === null ? {} : { register: register.value, registerScope: allRegister ? "all" : "covered" }),
    [outcomes, deferredUnits, register, allRegister],
  );
  const verdicts = useMemo(() => new Map(consolidated.submissions.map((verdict) => [submissionKey(verdict.file, verdict.sheet), verdict])), [consolidated]);
  const issues = useMemo(() => consolidated.issues.map(shownWithPlace), [consolidated]);
  const ruleOrder = useMemo(() => Object.keys(paneStrings.codes) as IssueCode[], [paneStrings]);
  const groups = useMemo(() => groupIssues(issues, "all", ruleOrder), [issues, ruleOrder]);
  const summary = useMemo(
    () => withIncompleteNote(renderParsedSummary(defaultSummary(template, consolidated.units.length), consolidated), consolidated.skippedFiles),
    [template, consolidated],
  );
  const missing = missingFiles(consolidated.skippedFiles);
  // A file in error holds back the summary and the download until the clerk fixes, removes or leaves it out.
  const undecided = missing.filter((file) => !goOnWithout.has(file.file));
  const incomplete = incompleteNote(consolidated.skippedFiles);
  const setAside = new Map(consolidated.skippedFiles.filter((file) => file.why === "own-output").map((file) => [file.file, file]));

  const select = (index: number) => {
    setCurrent(index);
    onSelectIssue?.(consolidated.issues[index]);
  };
  const unitShown = (key: string, verdict: SubmissionVerdict) => units.get(key) ?? verdict.unit;
  const editUnit = (key: string, unit: string) => {
    setSaved(null);
    setUnits((before) => new Map(before).set(key, unit));
  };
  const remove = (name: string) => {
    setSaved(null);
    setCurrent(null);
    setEntries((before) => before.filter((entry) => entry.name !== name));
  };
  const reportInput = (): ReportInput => {
    const today = new Date();
    return {
      forms: [{ template, consolidated, sentence: reportSentence(template, consolidated) }],
      date: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
      unit: reportUnit,
    };
  };
  const saveReport = () =>
    writeReport.run(async () => {
      setSaved(null);
      setCopied(null);
      if (host.saveReport) setSaved(await host.saveReport(reportInput()));
      else setCopied(await copyText(reportText(reportDocument(reportInput()))));
    });
  const saveStats = (saveStatsWith: (report: ReportInput) => Promise<string>) =>
    writeReport.run(async () => {
      setSaved(null);
      setSaved(await saveStatsWith(reportInput()));
    });
  const saveWorkbook = () =>
    save.run(async () => {
      setSaved(null);
      const files = entries.flatMap((entry) => (entry.file ? [entry.file] : []));
      setSaved(await host.saveConsolidated(consolidated, template, files));
    });

  const busy = check.busy || save.busy || writeReport.busy;
  const { submissions } = consolidated;
  const errors = submissions.reduce((sum, verdict) => sum + verdict.errors, 0);
  const warnings = submissions.reduce((sum, verdict) => sum + verdict.warnings, 0);
  const rows = submissions.reduce((sum, verdict) => sum + verdict.dataRows, 0);
  const unreadable = outcomes.filter((outcome) => "error" in outcome).length;
  const skipped = consolidated.skippedSheets.length;
  const { checkOpenWorkbook } = host;

  return (
    <section className={styles.view} aria-labelledby="consolidation-title" data-testid="consolidation-view">
      <h2 className={styles.title} id="consolidation-title">
        {strings.title}
      </h2>
      <Text>{strings.intro}</Text>
      <FilesDropZone busy={busy} onFiles={(files) => void addFiles(files)} />
      {host.readRegister && (
        <RegisterPicker
          busy={busy}
          files={register?.files ?? []}
          allRegister={allRegister}
          onFiles={(files) => void chooseRegister(files)}
          onClear={() => void chooseRegister(null)}
          onAllRegister={setAllRegister}
        />
      )}
      {checkOpenWorkbook && (
        <div>
          <Button disabled={busy} onClick={() => void addOpenWorkbook(checkOpenWorkbook.bind(host))} data-testid="add-open-workbook">
            {strings.checkOpenWorkbook}
          </Button>
        </div>
      )}
      {progress !== null && (
        <div data-testid="submissions-progress">
          <ProgressBar value={progress.filesTotal > 0 ? progress.filesDone / progress.filesTotal : undefined} />
          <Text>{strings.progress(progress.filesDone, progress.filesTotal, progress.rowsRead)}</Text>
        </div>
      )}
      {check.hasError && <ReportErrorBar error={check.error} testId="submissions-error" />}
      {entries.length === 0 ? (
        <Text>{strings.noFiles}</Text>
      ) : (
        <div className={styles.files}>
          {entries.map((entry) => (
            <SubmissionFile
              key={entry.name}
              name={entry.name}
              outcome={entry.outcome}
              verdicts={verdicts}
              unitShown={unitShown}
              onUnit={editUnit}
              onRemove={() => remove(entry.name)}
              setAside={setAside.get(entry.name)}
              busy={busy}
            />
          ))}
        </div>
      )}
      {outcomes.length > 0 && (
        <section className={styles.view} aria-labelledby="consolidated-title" data-testid="consolidated">
          <h3 className={styles.subtitle} id="consolidated-title">
            {strings.overallTitle}
          </h3>
          {submissions.length === 0 ? (
            <MessageBar intent="warning">
              <MessageBarBody>{strings.nothingToConsolidate}</MessageBarBody>
            </MessageBar>
          ) : (
            <>
              <Text data-testid="consolidated-counts">{strings.overall(outcomes.length, submissions.length, rows, errors, warnings)}</Text>
              {errors + warnings === 0 && undecided.length === 0 && <Text>{strings.allClear}</Text>}
              {skipped + unreadable > 0 && (
                <MessageBar intent="warning" data-testid="not-all-checked">
                  <MessageBarBody>{strings.notAllChecked(skipped, unreadable)}</MessageBarBody>
                </MessageBar>
              )}
              {issues.length > 0 && <IssueList issues={issues} groups={groups} current={current} onSelect={select} />}
              {consolidated.coverage !== undefined && <RegisterCoverageView coverage={consolidated.coverage} />}
              {resultActions?.(consolidated)}
              {undecided.length > 0 ? (
                <IncompleteDecision files={undecided} onContinue={() => setGoOnWithout(new Set([...goOnWithout, ...undecided.map((file) => file.file)]))} />
              ) : (
                <>
                  {incomplete !== null && (
                    <MessageBar intent="warning" data-testid="incomplete-note">
                      <MessageBarBody>{paneStrings.locale === "zh-CN" ? incomplete.zh : incomplete.en}</MessageBarBody>
                    </MessageBar>
                  )}
                  <h3 className={styles.subtitle}>{strings.summaryTitle}</h3>
                  <Text className={styles.summary} data-testid="consolidated-summary">
                    {summary.text}
                  </Text>
                  {summary.warnings.map((warning) => (
                    <MessageBar key={warning} intent="warning">
                      <MessageBarBody>{warning}</MessageBarBody>
                    </MessageBar>
                  ))}
                  <div>
                    <Button appearance="primary" disabled={busy} onClick={() => void saveWorkbook()} data-testid="save-consolidated">
                      {(saveWording ?? strings).save}
                    </Button>
                  </div>
                  <Field label={strings.reportUnit} hint={strings.reportUnitHint} size="small">
                    <Input value={reportUnit} onChange={(_, data) => setReportUnit(data.value)} data-testid="report-unit" />
                  </Field>
                  <div>
                    <Button disabled={busy} onClick={() => void saveReport()} data-testid="save-report">
                      {host.saveReport ? strings.saveReport : strings.copyReport}
                    </Button>
                    {host.saveStats && (
                      <Button disabled={busy} onClick={() => void saveStats(host.saveStats!.bind(host))} data-testid="save-stats">
                        {strings.saveStats}
                      </Button>
                    )}
                  </div>
                  {copied !== null && <Text data-testid="report-copied">{copied ? strings.reportCopied : strings.reportNotCopied}</Text>}
                  {writeReport.hasError && <ReportErrorBar error={writeReport.error} testId="report-error" />}
                  {save.busy && <Spinner size="tiny" label={strings.saving} data-testid="consolidated-saving" />}
                  {saved !== null && <Text data-testid="consolidated-saved">{(saveWording ?? strings).saved(saved)}</Text>}
                  {save.hasError && <ReportErrorBar error={save.error} testId="save-error" />}
                </>
              )}
            </>
          )}
        </section>
      )}
    </section>
  );
}

/** Files in error: named with their reasons, and the clerk's one way on without fixing them. */
function IncompleteDecision({ files, onContinue }: { files: readonly SkippedFile[]; onContinue(): void }) {
  const strings = useConsolidationStrings();
  const paneStrings = useStrings();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="incomplete-decision">
      <MessageBarBody>
        <Text weight="semibold">{strings.incompleteTitle(files.length)}</Text>
        <ul>
          {files.map((file) => (
            <li key={file.file}>
              {file.file}：{paneStrings.locale === "zh-CN" ? file.reasonZh : file.reasonEn}
            </li>
          ))}
        </ul>
        <Text>{strings.incompleteAdvice}</Text>
        <div>
          <Button onClick={onContinue} data-testid="continue-without">
            {strings.continueWithout}
          </Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The issue as the list shows it: where it is named 文件名 › 工作表!单元格, since the list spans files. */
function shownWithPlace(issue: LocatedIssue): Issue {
  const { code, severity, row, col, field, message, messageEn, params, shownValue } = issue;
  return { code, severity, row, col, cell: placeName(issue, issue.cell), field, message, messageEn, params, shownValue };
}

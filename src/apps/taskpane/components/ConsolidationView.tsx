import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, tokens } from "@fluentui/react-components";
import { useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ColumnMap } from "../../../core/check/column-map";
import type { Issue, IssueCode } from "../../../core/check/types";
import type { ConsolidatedResult, LocatedIssue, SubmissionVerdict } from "../../../core/consolidate/consolidation";
import { groupByForm } from "../../../core/consolidate/group-by-form";
import { placeName } from "../../../core/consolidate/person-index";
import { incompleteNote, missingFiles, withIncompleteNote, type SkippedFile } from "../../../core/consolidate/product-output";
import type { CheckedSubmission, PickedFile, SubmissionsHost, SubmissionsProgress } from "../../../core/ports/submissions-host";
import { reportDocument } from "../../../core/report/report-document";
import type { ReportInput } from "../../../core/report/report-input";
import { inReportOrder } from "../../../core/report/report-order";
import { reportSentence } from "../../../core/report/report-sentence";
import { reportText } from "../../../core/report/report-text";
import { defaultSummary } from "../../../core/summary/consolidation-summary";
import { renderParsedSummary, type RenderedSummary } from "../../../core/summary/render-summary";
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
  /**
   * The other forms a picked file may be (the bundled ones): a file whose header names one (a
   * 劳模级别 column) is checked and consolidated as it, a section per form, one report over all.
   */
  forms?: readonly Template[];
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

const NO_FORMS: readonly Template[] = [];

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
export function ConsolidationView({ host, template, forms = NO_FORMS, columnMap, handover, openWorkbookRequest = 0, onSelectIssue, resultActions, saveWording }: ConsolidationViewProps) {
  const strings = useConsolidationStrings();
  const styles = useStyles();
  const [entries, setEntries] = useState<readonly Entry[]>([]);
  const [units, setUnits] = useState<ReadonlyMap<string, string>>(new Map());
  const [progress, setProgress] = useState<SubmissionsProgress | null>(null);
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
        const outcomes = await host.checkFiles(files, template, { columnMap, forms, onProgress: setProgress, register: registerNow.current });
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
  // A form per group, as the CLI groups them (group-by-form.ts): a file in error joins the first.
  const results = useMemo(
    () =>
      groupByForm(outcomes, (outcome) => ("error" in outcome ? null : (outcome.form ?? template.id))).map((group): FormResult => {
        const formTemplate = forms.find((form) => form.id === group.form && form.id !== template.id) ?? template;
        // The 档案表 is the 困难职工 register: it is checked against the clerk's own form only.
        const registerOptions = register === null || formTemplate !== template ? {} : { register: register.value, registerScope: allRegister ? ("all" as const) : ("covered" as const) };
        const consolidated = consolidateChecked(group.items, deferredUnits, registerOptions);
        const summary = withIncompleteNote(renderParsedSummary(defaultSummary(formTemplate, consolidated.units.length), consolidated), consolidated.skippedFiles);
        return { template: formTemplate, outcomes: group.items, consolidated, summary };
      }),
    [outcomes, deferredUnits, register, allRegister, forms, template],
  );
  const verdicts = useMemo(
    () => new Map(results.flatMap(({ consolidated }) => consolidated.submissions.map((verdict) => [submissionKey(verdict.file, verdict.sheet), verdict] as const))),
    [results],
  );
  const setAside = new Map(results.flatMap(({ consolidated }) => consolidated.skippedFiles.filter((file) => file.why === "own-output").map((file) => [file.file, file] as const)));
  const undecided = results.flatMap(({ consolidated }) => missingFiles(consolidated.skippedFiles)).filter((file) => !goOnWithout.has(file.file));
  const reported = results.filter(({ consolidated }) => consolidated.submissions.length > 0);

  const unitShown = (key: string, verdict: SubmissionVerdict) => units.get(key) ?? verdict.unit;
  const editUnit = (key: string, unit: string) => {
    setSaved(null);
    setUnits((before) => new Map(before).set(key, unit));
  };
  const remove = (name: string) => {
    setSaved(null);
    setEntries((before) => before.filter((entry) => entry.name !== name));
  };
  const reportInput = (): ReportInput => {
    const today = new Date();
    return {
      forms: inReportOrder(reported.map(({ template: formTemplate, consolidated }) => ({ template: formTemplate, consolidated, sentence: reportSentence(formTemplate, consolidated) }))),
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
  const several = results.length > 1;
  const saveWorkbook = (consolidated: ConsolidatedResult, formTemplate: Template) =>
    save.run(async () => {
      setSaved(null);
      const files = entries.flatMap((entry) => (entry.file && consolidated.submissions.some((verdict) => verdict.file === entry.name) ? [entry.file] : []));
      setSaved(await host.saveConsolidated(consolidated, formTemplate, files, { severalForms: several }));
    });

  const busy = check.busy || save.busy || writeReport.busy;
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
      {outcomes.length > 0 &&
        results.map((result, i) => (
          <FormResultView
            key={result.template.id}
            result={result}
            // With one form the section reads as it always did; with several each is headed by its form.
            heading={several ? strings.formSection(i + 1, results.length, result.template.name, result.consolidated.submissions.length) : strings.overallTitle}
            headingId={`consolidated-title-${i}`}
            busy={busy}
            undecided={undecided.filter((file) => result.consolidated.skippedFiles.some((skipped) => skipped.file === file.file))}
            onContinue={(files) => setGoOnWithout(new Set([...goOnWithout, ...files.map((file) => file.file)]))}
            onSelectIssue={onSelectIssue}
            resultActions={resultActions}
            onSave={() => void saveWorkbook(result.consolidated, result.template)}
            saveLabel={(saveWording ?? strings).save}
          />
        ))}
      {outcomes.length > 0 && undecided.length === 0 && reported.length > 0 && (
        <section className={styles.view} data-testid="report-actions">
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
        </section>
      )}
    </section>
  );
}

/** One form of the session as consolidated: its submissions, its figures and its sentence. */
interface FormResult {
  readonly template: Template;
  readonly outcomes: readonly CheckedSubmission[];
  readonly consolidated: ConsolidatedResult;
  readonly summary: RenderedSummary;
}

interface FormResultProps {
  result: FormResult;
  heading: string;
  headingId: string;
  busy: boolean;
  /** This form's files in error the clerk has not yet chosen to go on without. */
  undecided: readonly SkippedFile[];
  onContinue(files: readonly SkippedFile[]): void;
  onSelectIssue?: (issue: LocatedIssue) => void;
  resultActions?: (consolidated: ConsolidatedResult) => ReactNode;
  onSave(): void;
  saveLabel: string;
}

/** A form's result: counts, the issues across its submissions, its sentence and its 汇总 workbook. */
function FormResultView({ result, heading, headingId, busy, undecided, onContinue, onSelectIssue, resultActions, onSave, saveLabel }: FormResultProps) {
  const strings = useConsolidationStrings();
  const paneStrings = useStrings();
  const styles = useStyles();
  const [current, setCurrent] = useState<number | null>(null);
  const { consolidated, summary, outcomes } = result;
  const issues = useMemo(() => consolidated.issues.map(shownWithPlace), [consolidated]);
  const ruleOrder = useMemo(() => Object.keys(paneStrings.codes) as IssueCode[], [paneStrings]);
  const groups = useMemo(() => groupIssues(issues, "all", ruleOrder), [issues, ruleOrder]);
  const incomplete = incompleteNote(consolidated.skippedFiles);
  const { submissions } = consolidated;
  const errors = submissions.reduce((sum, verdict) => sum + verdict.errors, 0);
  const warnings = submissions.reduce((sum, verdict) => sum + verdict.warnings, 0);
  const rows = submissions.reduce((sum, verdict) => sum + verdict.dataRows, 0);
  const unreadable = outcomes.filter((outcome) => "error" in outcome).length;
  const skipped = consolidated.skippedSheets.length;
  const select = (index: number) => {
    setCurrent(index);
    onSelectIssue?.(consolidated.issues[index]);
  };
  return (
    <section className={styles.view} aria-labelledby={headingId} data-testid="consolidated" data-form={result.template.id}>
      <h3 className={styles.subtitle} id={headingId}>
        {heading}
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
            <IncompleteDecision files={undecided} onContinue={() => onContinue(undecided)} />
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
                <Button appearance="primary" disabled={busy} onClick={onSave} data-testid="save-consolidated">
                  {saveLabel}
                </Button>
              </div>
            </>
          )}
        </>
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

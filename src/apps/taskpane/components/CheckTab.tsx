import { Button, Field, makeStyles, ProgressBar, Select, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState, type ReactNode } from "react";
import type { CheckResult, IssueCode } from "../../../core/check/types";
import type { Template } from "../../../core/template/schema";
import type { CheckProgress, WorkbookHost } from "../../../core/ports/workbook-host";
import { useStrings } from "../i18n/locale";
import { groupIssues, stepError, type SeverityFilter } from "../issue-groups";
import { useAction } from "../use-action";
import { IssueList } from "./IssueList";
import { ReportErrorBar } from "./ReportErrorBar";
import { StatusBar } from "./StatusBar";

/** Below this many rows a check finishes before a progress bar could be read. */
const BIG_SHEET_ROWS = 1000;

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

interface Props {
  host: WorkbookHost;
  template: Template;
  sheets: readonly string[];
  sheet: string;
  onSheet(sheet: string): void;
  result: CheckResult | null;
  onResult(result: CheckResult): void;
  /** Standalone mode adds its download buttons here. */
  resultActions?: (result: CheckResult, template: Template) => ReactNode;
}

export function CheckTab({ host, template, sheets, sheet, onSheet, result, onResult, resultActions }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const check = useAction();
  const marks = useAction();
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const [current, setCurrent] = useState<number | null>(null);
  const [cleared, setCleared] = useState(false);
  const ruleOrder = useMemo(() => Object.keys(strings.codes) as IssueCode[], [strings]);
  const groups = useMemo(
    () => (result ? groupIssues(result.issues, filter, ruleOrder) : []),
    [result, filter, ruleOrder],
  );

  const runCheck = () =>
    check.run(async () => {
      setProgress(null);
      setCurrent(null);
      setCleared(false);
      const checked = await host.check(template, sheet, setProgress);
      await host.markIssues(checked);
      onResult(checked);
    });

  const select = (index: number) => {
    if (!result) return;
    setCurrent(index);
    void marks.run(() => host.selectCell(result.sheet, result.issues[index].cell));
  };

  const step = (direction: 1 | -1) => {
    const index = result ? stepError(result.issues, current, direction) : null;
    if (index !== null) select(index);
  };

  const clear = () =>
    marks.run(async () => {
      await host.clearMarks();
      setCleared(true);
    });

  const errors = result?.issues.filter((issue) => issue.severity === "error").length ?? 0;
  const warnings = (result?.issues.length ?? 0) - errors;
  const showProgress = check.busy && progress !== null && (progress.rowsTotal ?? 0) >= BIG_SHEET_ROWS;

  return (
    <div className={styles.tab}>
      <div className={styles.toolbar}>
        {sheets.length > 1 && (
          <Field label={strings.check.sheet}>
            <Select value={sheet} onChange={(_, data) => onSheet(data.value)} data-testid="sheet-select">
              {sheets.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </Select>
          </Field>
        )}
        <Button appearance="primary" onClick={runCheck} disabled={check.busy || sheet === ""} data-testid="run-check">
          {check.busy ? strings.check.running : strings.check.run}
        </Button>
      </div>
      {showProgress && progress && (
        <Field validationMessage={strings.check.progress(progress.rowsRead, progress.rowsTotal ?? 0)} validationState="none">
          <ProgressBar
            value={progress.rowsRead / (progress.rowsTotal ?? 1)}
            aria-label={strings.check.running}
            data-testid="check-progress"
          />
        </Field>
      )}
      {check.hasError && <ReportErrorBar error={check.error} testId="check-error" />}
      {!result && !check.busy && !check.hasError && <Text>{strings.check.notRun}</Text>}
      {result && (
        <>
          <div role="status" data-testid="check-counts" data-errors={errors} data-warnings={warnings}>
            <Text weight="semibold" size={400}>
              {strings.check.counts(errors, warnings)}
            </Text>
            <br />
            <Text>{strings.check.rowsChecked(result.dataRows, result.hiddenRowNumbers.length)}</Text>
          </div>
          {resultActions?.(result, template)}
          {result.issues.length === 0 ? (
            <Text>{strings.check.allClear}</Text>
          ) : (
            <>
              <div className={styles.toolbar}>
                <Field label={strings.check.filter}>
                  <Select
                    value={filter}
                    onChange={(_, data) => setFilter(data.value as SeverityFilter)}
                    data-testid="severity-filter"
                  >
                    <option value="all">{strings.check.filterAll}</option>
                    <option value="error">{strings.check.filterErrors}</option>
                    <option value="warning">{strings.check.filterWarnings}</option>
                  </Select>
                </Field>
                <Button onClick={() => step(-1)} disabled={errors === 0} data-testid="previous-error">
                  {strings.check.previousError}
                </Button>
                <Button onClick={() => step(1)} disabled={errors === 0} data-testid="next-error">
                  {strings.check.nextError}
                </Button>
                <Button onClick={clear} disabled={marks.busy} data-testid="clear-marks">
                  {strings.check.clearMarks}
                </Button>
              </div>
              {cleared && <StatusBar testId="marks-cleared">{strings.check.marksCleared}</StatusBar>}
              {marks.hasError && <ReportErrorBar error={marks.error} />}
              <IssueList issues={result.issues} groups={groups} current={current} onSelect={select} />
            </>
          )}
        </>
      )}
    </div>
  );
}

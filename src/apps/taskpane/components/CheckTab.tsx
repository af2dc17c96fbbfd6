import { Button, Field, makeStyles, ProgressBar, Select, Spinner, Text, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ColumnMap } from "../../../core/check/column-map";
import type { CheckResult, IssueCode } from "../../../core/check/types";
import { ReportError } from "../../../core/errors";
import { formatYuan } from "../../../core/format/fen";
import { formatWanYuan } from "../../../core/format/wan-yuan";
import type { SheetRow } from "../../../core/rows/sheet-row";
import type { Template } from "../../../core/template/schema";
import type { CheckProgress, WorkbookHost } from "../../../core/ports/workbook-host";
import { useStrings } from "../i18n/locale";
import { groupIssues, stepError, type SeverityFilter } from "../issue-groups";
import { useAction } from "../use-action";
import { IssueList } from "./IssueList";
import { ReportErrorBar } from "./ReportErrorBar";
import { StatusBar } from "./StatusBar";
import { UncheckedColumns } from "./UncheckedColumns";
import { useLiveCheck } from "../live/use-live-check";

/** Only a sheet whose header is not recognised needs the mapper (and its dropdowns): loaded then. */
const ColumnMapper = lazy(() => import(/* webpackChunkName: "column-mapper" */ "./ColumnMapper").then((m) => ({ default: m.ColumnMapper })));

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
  /** The clerk's 列对应, saved in the workbook. */
  columnMap: ColumnMap;
  /** Saves a new 列对应 (in the workbook; in the page, in the browser and the downloaded copy). */
  onColumnMap(columnMap: ColumnMap): Promise<void>;
  /** Standalone mode adds its download buttons here. */
  resultActions?: (result: CheckResult, template: Template) => ReactNode;
  /** In Excel: opens 逐级上报 on every roster sheet of the workbook. */
  onCheckAllSheets?: () => void;
  /** The form is only a guess from the header: no check until the clerk chooses it (FormPicker). */
  formUnconfirmed?: boolean;
}

/** The header rows of the sheet last checked, for the 列对应 view. */
interface HeaderRows {
  readonly sheet: string;
  readonly rows: readonly SheetRow[];
}

export function CheckTab({ host, template, sheets, sheet, onSheet, result, onResult, columnMap, onColumnMap, resultActions, onCheckAllSheets, formUnconfirmed = false }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const check = useAction();
  const marks = useAction();
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [filter, setFilter] = useState<SeverityFilter>("all");
  const [current, setCurrent] = useState<number | null>(null);
  const [cleared, setCleared] = useState(false);
  const [header, setHeader] = useState<HeaderRows | null>(null);
  const [mapperOpen, setMapperOpen] = useState(false);
  const ruleOrder = useMemo(() => Object.keys(strings.codes) as IssueCode[], [strings]);
  const groups = useMemo(
    () => (result ? groupIssues(result.issues, filter, ruleOrder) : []),
    [result, filter, ruleOrder],
  );

  /** A header that is not found opens the 列对应 view on the sheet's first rows. */
  const checkWith = async (map: ColumnMap) => {
    setProgress(null);
    setCurrent(null);
    setCleared(false);
    try {
      const checked = await host.check(template, sheet, { columnMap: map, onProgress: setProgress });
      await host.markIssues(checked);
      onResult(checked);
      // A column the header lacks is checked around, and said: the 列对应 view offers to name it.
      setMapperOpen(checked.issues.some((issue) => issue.code === "column-missing"));
    } catch (error) {
      if (error instanceof ReportError && error.code === "header-not-found") setMapperOpen(true);
      throw error;
    } finally {
      // Without readable rows (the sheet is gone) there is nothing to map: the error says why.
      setHeader({ sheet, rows: await host.headerRows(sheet).catch(() => []) });
    }
  };
  const runCheck = () => check.run(() => checkWith(columnMap));
  // A live re-check reads the one sheet's rows: the sheets the last full check passed over stay said beside its verdict.
  const shown = useRef(result);
  shown.current = result;
  const keepPassedOver = (checked: CheckResult) =>
    onResult(checked.skippedSheets !== undefined || shown.current?.sheet !== checked.sheet ? checked : { ...checked, skippedSheets: shown.current.skippedSheets });
  const live = useLiveCheck(host, { sheet, template, columnMap, onResult: keepPassedOver });
  /** Another form, or edited settings: a result on screen is checked again with them, never left stale. */
  const checkedWith = useRef(template);
  useEffect(() => {
    if (checkedWith.current === template) return;
    checkedWith.current = template;
    if (result !== null && !check.busy) void runCheck();
    // Only a new template re-checks; the other values are read as they are then.
  }, [template]);
  const applyMapping = (map: ColumnMap) =>
    check.run(async () => {
      await onColumnMap(map);
      await checkWith(map);
    });
  const savedWhere = host.kind !== "standalone" ? strings.columns.savedExcel : strings.columns.savedPage;

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
  // Sheets the host passed over with a reason (hidden, earlier results) are said with it; the rest of the list without.
  const skippedSheets = result?.skippedSheets ?? [];
  const otherSheets = result ? sheets.filter((name) => name !== result.sheet && !skippedSheets.some((skipped) => skipped.sheet === name)) : [];
  const showProgress = check.busy && progress !== null && (progress.rowsTotal ?? 0) >= BIG_SHEET_ROWS;

  return (
    <div className={styles.tab}>
      <div className={styles.toolbar}>
        {sheets.length > 1 && (
          <Field label={strings.check.sheet}>
            <Select
              value={sheet}
              onChange={(_, data) => {
                // The 列对应 view shows the header of the sheet it was opened on.
                setMapperOpen(false);
                onSheet(data.value);
              }}
              data-testid="sheet-select"
            >
              {sheets.map((name) => (
                <option key={name}>{name}</option>
              ))}
            </Select>
          </Field>
        )}
        <Button appearance="primary" onClick={runCheck} disabled={check.busy || sheet === "" || formUnconfirmed} data-testid="run-check">
          {check.busy ? strings.check.running : strings.check.run}
        </Button>
        {live.available && (
          <Button aria-pressed={live.on} appearance={live.on ? "primary" : "secondary"} onClick={() => live.turn(!live.on)} disabled={sheet === ""} data-testid="live-check">
            {strings.check.live}
          </Button>
        )}
      </div>
      {live.on && <StatusBar testId="live-note">{strings.check.liveNote}</StatusBar>}
      {live.error !== null && <ReportErrorBar error={live.error} testId="live-error" />}
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
      {mapperOpen && header !== null && (
        <Suspense fallback={<Spinner size="tiny" />}>
          <ColumnMapper
            key={header.sheet}
            template={template}
            rows={header.rows}
            columnMap={columnMap}
            busy={check.busy}
            onApply={(map) => void applyMapping(map)}
            onClose={() => setMapperOpen(false)}
            savedWhere={savedWhere}
          />
        </Suspense>
      )}
      {formUnconfirmed ? (
        <Text data-testid="choose-form-first">{strings.forms.chooseFirst}</Text>
      ) : (
        !result && !check.busy && !check.hasError && <Text>{strings.check.notRun}</Text>
      )}
      {result && (
        <>
          {/* While a re-check runs the counts shown are the previous verdict's: said, and marked busy for readers. */}
          <div role="status" data-testid="check-counts" data-errors={errors} data-warnings={warnings} aria-busy={check.busy}>
            <Text weight="semibold" size={400}>
              {strings.check.counts(errors, warnings)}
            </Text>
            {check.busy && (
              <>
                {" "}
                <Text data-testid="rechecking">{strings.check.running}</Text>
              </>
            )}
            <br />
            <Text>{strings.check.rowsChecked(result.dataRows, result.hiddenRowNumbers.length)}</Text>
            {result.amountScale === 10000 && (
              // A confidently wrong 万元 is the worst figure: the unit the amounts were read in is said, with the sum both ways.
              <>
                <br />
                <Text data-testid="amount-unit">{strings.check.amountInWan(formatWanYuan(result.total.amountFen), formatYuan(result.total.amountFen))}</Text>
              </>
            )}
            {result.amountUnitDoubt && (
              // Amounts that look like 万元, read as 元: the verdict's figures are said to be in doubt.
              <>
                <br />
                <Text data-testid="amount-unit-doubt">
                  {strings.check.amountUnitDoubt(result.amountUnitDoubt.column, result.amountUnitDoubt.sumYuan, result.amountUnitDoubt.asWanYuan)}
                </Text>
              </>
            )}
          </div>
          {otherSheets.length > 0 && (
            // One sheet was checked: the others are named beside the verdict, never passed over in silence.
            <div data-testid="other-sheets">
              <Text>{strings.check.otherSheets(result.sheet, otherSheets.join("、"))}</Text>
              {onCheckAllSheets && (
                <div>
                  <Button onClick={onCheckAllSheets} data-testid="check-all-sheets">
                    {strings.check.checkAllSheets}
                  </Button>
                </div>
              )}
            </div>
          )}
          {skippedSheets.length > 0 && (
            <div data-testid="skipped-sheets">
              <Text>{strings.check.skippedSheets(skippedSheets)}</Text>
            </div>
          )}
          {header !== null && header.sheet === result.sheet && !mapperOpen && (
            <UncheckedColumns template={template} rows={header.rows} columnMap={columnMap} onOpen={() => setMapperOpen(true)} />
          )}
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

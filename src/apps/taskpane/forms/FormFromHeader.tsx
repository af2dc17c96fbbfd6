import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Select, Spinner, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { CheckResult } from "../../../core/check/types";
import { COLUMN_KIND_WORDS, COLUMN_KINDS, type ColumnChoice, type ColumnKind } from "../../../core/draft/column-kind";
import { draftFromSheet, type SheetDraft } from "../../../core/draft/draft-from-sheet";
import { draftPack, offeredSummary, type PerPerson } from "../../../core/draft/draft-pack";
import { withKind } from "../../../core/draft/guess-columns";
import { gridOf } from "../../../core/draft/sheet-sample";
import { foldHeader } from "../../../core/header/fold-header";
import type { WorkbookHost } from "../../../core/ports/workbook-host";
import { readPack } from "../../../core/template/load-pack";
import type { Pack } from "../../../core/template/pack-schema";
import { packToTemplate } from "../../../core/template/pack-to-template";
import type { TemplateProblem } from "../../../core/template/template-problems";
import { downloadFile } from "../../standalone/save-file";
import { ReportErrorBar } from "../components/ReportErrorBar";
import { useStrings } from "../i18n/locale";
import { useAction } from "../use-action";
import { PackProblemList } from "./PackProblemList";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // minmax(0, …) lets the controls share Excel's ~320 px pane.
  row: { display: "grid", gridAutoFlow: "column", gridAutoColumns: "minmax(0, 1fr)", gap: tokens.spacingHorizontalS, alignItems: "end" },
  column: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalXS },
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "240px", overflowY: "auto" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  host: WorkbookHost;
  sheet: string;
  /** Validates and saves the pack into the workbook (useForms.savePack); the problems, or none once saved. */
  save(pack: Pack): Promise<readonly TemplateProblem[]>;
  onClose(): void;
}

/** How long the clerk's choices settle before the preview checks the sheet again. */
const PREVIEW_DELAY_MS = 300;

/**
 * 从表头新建报表: a form for a sheet the product does not ship, made from the sheet's own header.
 * Each column's kind is guessed first (core/draft) and changed in plain words; the clerk names the
 * form, picks the subtotal columns, the records per person, the row rules the data suggests and
 * the summary sentence, and sees the open sheet checked with the form as it stands.
 */
export function FormFromHeader({ host, sheet, save, onClose }: Props) {
  const strings = useStrings();
  const text = strings.fromHeader;
  const styles = useStyles();
  const loading = useAction();
  const [grid, setGrid] = useState<ReturnType<typeof gridOf> | null>(null);
  const [draft, setDraft] = useState<SheetDraft | null>(null);

  useEffect(() => {
    void loading.run(async () => {
      const read = gridOf(await host.headerRows(sheet));
      setGrid(read);
      setDraft(draftFromSheet(read.rows, { firstRow: read.firstRow, fallbackName: sheet }));
    });
    // The sheet's rows are read once per sheet the builder is opened on.
  }, [host, sheet]);

  if (loading.hasError) return <ReportErrorBar error={loading.error} />;
  if (grid === null) return <Spinner size="small" label={text.title} />;
  const pickRow = (headerRow: number) => setDraft(draftFromSheet(grid.rows, { firstRow: grid.firstRow, headerRow, fallbackName: sheet }));
  return (
    <section className={styles.form} data-testid="form-from-header">
      <Text weight="semibold">{text.title}</Text>
      <Text size={200}>{text.intro}</Text>
      <Field label={text.headerRow}>
        <Select value={draft === null ? "" : String(draft.sample.headerRow)} onChange={(_, data) => pickRow(Number(data.value))} data-testid="header-row">
          {draft === null && <option value="">{text.none}</option>}
          {headerCandidates(grid).map((row) => (
            <option key={row} value={row}>
              {text.row(row)}
            </option>
          ))}
        </Select>
      </Field>
      {draft === null ? (
        <MessageBar intent="warning">
          <MessageBarBody>{text.noHeader}</MessageBarBody>
        </MessageBar>
      ) : (
        <DraftChoices key={draft.sample.headerRow} host={host} sheet={sheet} draft={draft} save={save} onClose={onClose} />
      )}
    </section>
  );
}

/** Rows of the header window with three or more headings: where a header may be. */
function headerCandidates(grid: ReturnType<typeof gridOf>): number[] {
  return grid.rows.flatMap((cells, i) => (cells.filter((cell) => typeof cell === "string" && cell.trim() !== "").length >= 3 ? [grid.firstRow + i] : []));
}

function DraftChoices({ host, sheet, draft, save, onClose }: Props & { draft: SheetDraft }) {
  const strings = useStrings();
  const text = strings.fromHeader;
  const styles = useStyles();
  const [choices, setChoices] = useState<readonly ColumnChoice[]>(draft.choices);
  const [name, setName] = useState(draft.pack.name);
  const [subtotals, setSubtotals] = useState<readonly number[]>(draft.subtotals);
  const [perPerson, setPerPerson] = useState<PerPerson>(draft.perPerson);
  const [accepted, setAccepted] = useState<readonly boolean[]>(draft.rules.map(() => true));
  const [summary, setSummary] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ readonly result: CheckResult | null; readonly error: unknown }>({ result: null, error: null });
  const [problems, setProblems] = useState<readonly TemplateProblem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const saving = useAction();

  const usedSubtotals = subtotals.filter((column) => choices[column - 1]?.kind === "region" || choices[column - 1]?.kind === "category");
  const offered = offeredSummary(choices, usedSubtotals, perPerson);
  const pack = useMemo(
    () => draftPack(choices, { name, subtotals: usedSubtotals, perPerson, summary: summary ?? offered, rules: draft.rules.filter((_, i) => accepted[i]) }),
    [choices, name, usedSubtotals.join(), perPerson, summary, offered, accepted, draft.rules],
  );
  const reading = useMemo(() => readPack(pack), [pack]);

  useEffect(() => {
    if (reading.pack === null) return;
    const template = packToTemplate(reading.pack);
    let current = true;
    const timer = setTimeout(() => {
      host.check(template, sheet).then(
        (result) => current && setPreview({ result, error: null }),
        (error: unknown) => current && setPreview({ result: null, error }),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [reading, host, sheet]);

  const change = (column: number, next: Partial<ColumnChoice>) => {
    setChoices((all) => all.map((choice) => (choice.column === column ? { ...choice, ...next } : choice)));
    setNotice(null);
  };
  const changeKind = (column: number, kind: ColumnKind) => {
    setChoices((all) => all.map((choice) => (choice.column === column ? withKind(draft.sample, choice, kind) : choice)));
    setNotice(null);
  };
  const groupable = choices.filter((choice) => choice.kind === "region" || choice.kind === "category");
  const labelOf = (column: number) => foldHeader(choices[column - 1]?.heading ?? "").text;
  const submit = () =>
    saving.run(async () => {
      const found = await save(pack);
      setProblems(found);
      setNotice(found.length === 0 ? text.saved : null);
    });
  const exportPack = () => downloadFile(`${JSON.stringify(pack, null, 2)}\n`, `${name || pack.id}.json`, "application/json");
  const maxSeen = typeof draft.perPerson === "number" ? draft.perPerson : 2;

  return (
    <>
      <Field label={text.name}>
        <Input value={name} onChange={(_, data) => setName(data.value)} data-testid="form-name" />
      </Field>
      {choices.map((choice) => (
        <div key={choice.column} className={`${styles.row} ${styles.column}`} data-testid="column-choice" data-heading={choice.heading} data-kind={choice.kind}>
          <Field label={text.kind(choice.heading || `#${choice.column}`)}>
            <Select value={choice.kind} onChange={(_, data) => changeKind(choice.column, data.value as ColumnKind)} data-testid={`kind-${choice.column}`}>
              {COLUMN_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {strings.locale === "zh-CN" ? COLUMN_KIND_WORDS[kind].zh : COLUMN_KIND_WORDS[kind].en}
                </option>
              ))}
            </Select>
          </Field>
          {choice.kind === "money" && (
            <>
              <Checkbox label={text.sum} checked={choice.sum} onChange={(_, data) => change(choice.column, { sum: data.checked === true })} data-testid={`sum-${choice.column}`} />
              <Select aria-label={text.unit} value={choice.unit} onChange={(_, data) => change(choice.column, { unit: data.value as "元" | "万元" })}>
                <option value="元">元</option>
                <option value="万元">万元</option>
              </Select>
            </>
          )}
          {choice.kind !== "skip" && (
            <Checkbox label={text.required} checked={choice.required} onChange={(_, data) => change(choice.column, { required: data.checked === true })} data-testid={`required-${choice.column}`} />
          )}
          {choice.kind === "category" && <Text size={200}>{text.choices(choice.choices.join("、"))}</Text>}
        </div>
      ))}
      <div className={styles.row}>
        {[0, 1].map((n) => (
          <Field key={n} label={text.subtotal(n + 1)}>
            <Select
              value={String(usedSubtotals[n] ?? 0)}
              onChange={(_, data) => setSubtotals(subtotalsWith(usedSubtotals, n, Number(data.value)))}
              data-testid={`subtotal-${n + 1}`}
            >
              <option value="0">{text.none}</option>
              {groupable.map((choice) => (
                <option key={choice.column} value={choice.column}>
                  {choice.heading}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </div>
      <Field label={text.perPerson}>
        <Select value={String(perPerson)} onChange={(_, data) => setPerPerson(perPersonOf(data.value))} data-testid="per-person">
          <option value="error">{text.perPersonError}</option>
          <option value="warning">{text.perPersonWarning}</option>
          {Array.from({ length: Math.max(maxSeen, 6) - 1 }, (_, i) => i + 2).map((max) => (
            <option key={max} value={max}>
              {text.perPersonMax(max)}
            </option>
          ))}
        </Select>
      </Field>
      {draft.rules.length > 0 && (
        <Field label={text.relations}>
          {draft.rules.map((rule, i) => (
            <Checkbox
              key={i}
              checked={accepted[i]}
              onChange={(_, data) => setAccepted((all) => all.map((value, j) => (j === i ? data.checked === true : value)))}
              label={
                rule.kind === "date-order"
                  ? text.dateOrder(labelOf(rule.field), labelOf(rule.notBefore))
                  : text.expression(labelOf(rule.field), rule.operands.map(labelOf).join(rule.op === "*" ? " × " : " + "))
              }
              data-testid={`rule-${i}`}
            />
          ))}
        </Field>
      )}
      <Field label={text.summary}>
        <Textarea value={summary ?? offered} onChange={(_, data) => setSummary(data.value)} resize="vertical" data-testid="form-summary" />
      </Field>
      {summary !== null && (
        <Button size="small" onClick={() => setSummary(null)}>
          {text.offered}
        </Button>
      )}
      {reading.pack === null && <PackProblemList title={text.problems} problems={reading.problems} />}
      {problems.length > 0 && <PackProblemList title={text.problems} problems={problems} />}
      <Preview preview={preview} stale={reading.pack === null} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void submit()} disabled={reading.pack === null || saving.busy} data-testid="save-form">
          {text.save}
        </Button>
        <Button onClick={exportPack} disabled={reading.pack === null} data-testid="export-form">
          {text.exportPack}
        </Button>
        <Button onClick={onClose} data-testid="close-form">
          {text.cancel}
        </Button>
      </div>
      {notice !== null && (
        <MessageBar intent="success" data-testid="form-saved">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {saving.hasError && <ReportErrorBar error={saving.error} />}
    </>
  );
}

function subtotalsWith(current: readonly number[], n: number, column: number): number[] {
  const next = [...current];
  next[n] = column;
  return next.filter((value, i) => value > 0 && next.indexOf(value) === i);
}

function perPersonOf(value: string): PerPerson {
  return value === "error" || value === "warning" ? value : Number(value);
}

/** The open sheet checked with the form as it stands: counts, then each issue by cell. */
function Preview({ preview, stale }: { preview: { readonly result: CheckResult | null; readonly error: unknown }; stale: boolean }) {
  const strings = useStrings();
  const text = strings.fromHeader;
  const styles = useStyles();
  if (stale) return null;
  if (preview.error !== null) return <ReportErrorBar error={preview.error} />;
  const result = preview.result;
  if (result === null) return <Spinner size="tiny" label={text.previewing} />;
  const errors = result.issues.filter((issue) => issue.severity === "error").length;
  return (
    <section data-testid="form-preview" data-errors={errors} data-warnings={result.issues.length - errors}>
      <Text weight="semibold">{text.preview}</Text>
      <Text block size={200} data-testid="preview-counts">
        {text.previewCounts(result.dataRows, errors, result.issues.length - errors)}
      </Text>
      <ul className={styles.issues}>
        {result.issues.slice(0, 200).map((issue, i) => (
          <li key={i} data-testid="preview-issue" data-cell={issue.cell} data-code={issue.code} data-severity={issue.severity}>
            {issue.cell} {strings.locale === "zh-CN" ? issue.message : issue.messageEn}
          </li>
        ))}
      </ul>
    </section>
  );
}

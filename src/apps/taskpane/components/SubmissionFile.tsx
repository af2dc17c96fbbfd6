import { Badge, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { SubmissionVerdict } from "../../../core/consolidate/consolidation";
import type { SkippedFile } from "../../../core/consolidate/product-output";
import { ReportError } from "../../../core/errors";
import { formatYuan } from "../../../core/format/fen";
import { maskNumberRuns } from "../../../core/format/mask";
import type { CheckedSubmission } from "../../../core/ports/submissions-host";
import { submissionKey } from "../consolidate-checked";
import { useConsolidationStrings, type ConsolidationStrings } from "../i18n/consolidation-strings";
import { useStrings } from "../i18n/locale";
import { describeError } from "./ReportErrorBar";

const useStyles = makeStyles({
  file: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, margin: 0 },
  name: { overflowWrap: "anywhere", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  sheet: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingInlineStart: tokens.spacingHorizontalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  unit: { maxWidth: "320px" },
});

interface Props {
  name: string;
  /** null while it waits for its check. */
  outcome: CheckedSubmission | null;
  /** Its roster sheets' verdicts in the consolidation, by submissionKey. */
  verdicts: ReadonlyMap<string, SubmissionVerdict>;
  /** What the 填报单位 box shows: the clerk's edit, else the unit the verdict has. */
  unitShown(key: string, verdict: SubmissionVerdict): string;
  onUnit(key: string, unit: string): void;
  onRemove?: () => void;
  /** The product's own output, set aside (never a submission), and why. */
  setAside?: SkippedFile;
  busy: boolean;
}

/** One submitted file: each roster sheet's own verdict, every sheet left out and why, or why the file could not be read. */
export function SubmissionFile({ name, outcome, verdicts, unitShown, onUnit, onRemove, setAside, busy }: Props) {
  const strings = useConsolidationStrings();
  const paneStrings = useStrings();
  const { locale } = paneStrings;
  const styles = useStyles();
  return (
    <section className={styles.file} data-testid="submission-file" data-file={name} aria-label={name}>
      <h3 className={styles.head}>
        <span className={styles.name}>{name}</span>
        {onRemove && (
          <Button size="small" appearance="subtle" disabled={busy} onClick={onRemove} aria-label={strings.removeFile(name)}>
            {strings.remove}
          </Button>
        )}
      </h3>
      {outcome === null ? (
        <Text>{strings.waiting}</Text>
      ) : setAside !== undefined ? (
        <MessageBar intent="info" layout="multiline" data-testid="submission-set-aside">
          <MessageBarBody>
            {strings.setAside}
            {locale === "zh-CN" ? setAside.reasonZh : setAside.reasonEn}
          </MessageBarBody>
        </MessageBar>
      ) : "error" in outcome ? (
        <Unreadable error={outcome.error} />
      ) : (
        <>
          {outcome.checked.map((result) => {
            const key = submissionKey(outcome.file, result.sheet);
            const verdict = verdicts.get(key);
            return verdict && <SheetVerdict key={key} verdict={verdict} unit={unitShown(key, verdict)} onUnit={(unit) => onUnit(key, unit)} strings={strings} styles={styles} />;
          })}
          {outcome.skipped.length > 0 && (
            <div data-testid="skipped-sheets">
              <Text weight="semibold">{strings.skippedTitle}</Text>
              <ul className={styles.list}>
                {outcome.skipped.map((skipped) => (
                  <li key={skipped.sheet} data-testid="skipped-sheet">
                    {skipped.sheet}：{strings.skipReasons[skipped.reason]}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {outcome.said !== undefined && outcome.said.length > 0 && (
            <div data-testid="submission-saved-settings">
              <Text weight="semibold">{paneStrings.forms.savedSettingsTitle}</Text>
              <ul className={styles.list}>
                {outcome.said.map((line, index) => (
                  <li key={index} data-testid="submission-saved-setting" lang={paneStrings.locale}>
                    {maskNumberRuns(paneStrings.locale === "zh-CN" ? line.zh : line.en)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}

interface SheetVerdictProps {
  verdict: SubmissionVerdict;
  unit: string;
  onUnit(unit: string): void;
  strings: ConsolidationStrings;
  styles: ReturnType<typeof useStyles>;
}

function SheetVerdict({ verdict, unit, onUnit, strings, styles }: SheetVerdictProps) {
  const sum = formatYuan(verdict.total.amountFen);
  const stated = verdict.statedTotalFen === undefined ? null : formatYuan(verdict.statedTotalFen);
  return (
    <div className={styles.sheet} data-testid="submission" data-sheet={verdict.sheet}>
      <Text weight="semibold">
        {verdict.sheet}{" "}
        <Badge color={verdict.errors > 0 ? "danger" : verdict.warnings > 0 ? "warning" : "success"} appearance="tint">
          {strings.counts(verdict.dataRows, verdict.errors, verdict.warnings)}
        </Badge>
      </Text>
      <Field label={strings.unit} size="small" className={styles.unit}>
        <Input value={unit} onChange={(_, data) => onUnit(data.value)} data-testid="submission-unit" />
      </Field>
      <Text data-testid="submission-total" data-agrees={String(verdict.totalAgrees)}>
        {stated === null ? strings.noStatedTotal(sum) : verdict.totalAgrees ? strings.totalAgrees(stated, sum) : strings.totalDisagrees(stated, sum)}
      </Text>
      {verdict.uncheckedColumns.length > 0 && <Text data-testid="submission-unchecked">{strings.uncheckedColumns(verdict.uncheckedColumns)}</Text>}
    </div>
  );
}

/** Why the file was left out, in the pane's language and the other: the message may be passed on to the unit that sent it. */
function Unreadable({ error }: { error: unknown }) {
  const strings = useConsolidationStrings();
  const paneStrings = useStrings();
  const other = error instanceof ReportError ? (paneStrings.locale === "zh-CN" ? error.messageEn : error.messageZh) : null;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="submission-error">
      <MessageBarBody>
        <div>
          {strings.unreadable}<span lang={paneStrings.locale}>{describeError(error, paneStrings)}</span>
        </div>
        {other !== null && (
          <Text size={200} lang={paneStrings.locale === "zh-CN" ? "en" : "zh-CN"}>
            {other}
          </Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

import { Button, Checkbox, makeStyles, MessageBar, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import type { PickedFile } from "../../../core/ports/submissions-host";
import { coverageRate, emptyColumnsNote, type RegisterCoverage } from "../../../core/register/register-coverage";
import { useConsolidationStrings } from "../i18n/consolidation-strings";
import { DropZone } from "./DropZone";
import { pickedFile } from "./FilesDropZone";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, "& th, & td": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 6px", textAlign: "left" } },
});

/** The 未慰问 families the pane shows; the rest are in the downloaded 汇总 workbook. */
const SHOWN = 200;

interface PickerProps {
  busy: boolean;
  /** The register files in use, or none. */
  files: readonly string[];
  allRegister: boolean;
  onFiles(files: PickedFile[]): void;
  onClear(): void;
  onAllRegister(all: boolean): void;
}

/** 对照档案: the 档案表 files, read on this computer only and kept in memory, never in the workbook. */
export function RegisterPicker({ busy, files, allRegister, onFiles, onClear, onAllRegister }: PickerProps) {
  const strings = useConsolidationStrings();
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-label={strings.registerTitle} data-testid="register-panel">
      <DropZone hint={strings.registerHint} multiple onFiles={(picked) => !busy && onFiles(picked.map(pickedFile))} testId="register-drop-zone" inputTestId="register-input">
        {(pick) => (
          <>
            <Button disabled={busy} onClick={pick}>
              {strings.registerPick}
            </Button>
            <Text data-testid="register-files">{files.length === 0 ? strings.registerNone : strings.registerChosen(files.join("、"))}</Text>
            {files.length > 0 && (
              <Button appearance="subtle" disabled={busy} onClick={onClear}>
                {strings.registerClear}
              </Button>
            )}
          </>
        )}
      </DropZone>
      {files.length > 0 && <Checkbox checked={allRegister} disabled={busy} onChange={(_, data) => onAllRegister(data.checked === true)} label={strings.registerAll} />}
    </section>
  );
}

/** 全覆盖不遗漏: how many 在档 families were reached, what the count covers, and the 未慰问在档户 (names masked). */
export function RegisterCoverageView({ coverage }: { coverage: RegisterCoverage }) {
  const strings = useConsolidationStrings();
  const styles = useStyles();
  const notes = [
    ...(coverage.scopeWidened ? [strings.registerWidened] : []),
    ...(coverage.outside > 0 ? [strings.registerOutside(coverage.outside)] : []),
    ...coverage.skipped.map((skipped) => strings.registerSkipped(skipped.file, skipped.sheet)),
    ...(coverage.sheetsWithoutArchive > 0 ? [strings.registerNoArchive(coverage.sheetsWithoutArchive)] : []),
    ...(coverage.emptyColumns.length > 0 ? [strings.registerEmptyColumns(emptyColumnsNote(coverage.emptyColumns)!)] : []),
  ];
  return (
    <section className={styles.panel} aria-labelledby="not-reached-title" data-testid="register-coverage">
      <h3 id="not-reached-title">{strings.notReachedTitle}</h3>
      <Text data-testid="register-counts">{strings.registerCounts(coverage.registered, coverage.reached, coverageRate(coverage), coverage.notReached.length)}</Text>
      {notes.map((note) => (
        <MessageBar key={note} intent="warning">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      ))}
      {coverage.notReached.length > 0 && (
        <table className={styles.table} data-testid="not-reached">
          <thead>
            <tr>
              {strings.notReachedHeader.map((heading) => (
                <th key={heading}>{heading}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.notReached.slice(0, SHOWN).map((family) => (
              <tr key={family.line}>
                <td>{family.archiveNo}</td>
                <td>{family.name}</td>
                <td>{family.level}</td>
                <td>{family.region}</td>
                <td>{family.line}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {coverage.notReached.length > SHOWN && <Text>{strings.notReachedMore(coverage.notReached.length - SHOWN)}</Text>}
    </section>
  );
}

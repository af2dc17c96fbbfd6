import { Button, Dropdown, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { columnLetters } from "../../../core/address";
import type { ColumnMap } from "../../../core/check/column-map";
import type { FieldKey } from "../../../core/fields";
import { headerLayout, type HeaderLayout } from "../../../core/header/header-layout";
import { fieldName as fieldTerm } from "../../../core/messages/field-names";
import type { SheetRow } from "../../../core/rows/sheet-row";
import { compileTemplate } from "../../../core/template/compile-template";
import type { Template } from "../../../core/template/schema";
import { useStrings } from "../i18n/locale";

/** The Dropdown's value for 不校验: option values must be strings. */
const IGNORE = "";

const useStyles = makeStyles({
  mapper: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // The header row is as wide as the sheet: it scrolls sideways, and no header text wraps.
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse" },
  cell: { padding: tokens.spacingHorizontalXS, whiteSpace: "nowrap", textAlign: "start", verticalAlign: "top" },
  letter: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  dropdown: { minWidth: "7em" },
  unknown: { color: tokens.colorPaletteDarkOrangeForeground1 },
  missing: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  template: Template;
  /** The sheet's first rows, where the header is. */
  rows: readonly SheetRow[];
  /** The mapping saved so far; the clerk edits a draft of it. */
  columnMap: ColumnMap;
  busy: boolean;
  /** Saves the mapping (in the workbook) and checks with it. */
  onApply(columnMap: ColumnMap): void;
  onClose(): void;
  /** Where the mapping is kept, as the clerk is told. */
  savedWhere: string;
}

/** 列对应: the header row, the field under each column, and the required fields still missing. */
export function ColumnMapper({ template, rows, columnMap, busy, onApply, onClose, savedWhere }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const compiled = useMemo(() => compileTemplate(template), [template]);
  const [draft, setDraft] = useState<ColumnMap>(columnMap);
  const layout = useMemo(() => headerLayout(compiled, rows, draft), [compiled, rows, draft]);
  if (layout === null) return null;
  const fieldName = (key: FieldKey) => (strings.locale === "zh-CN" ? fieldTerm(template, key).zh : fieldTerm(template, key).en);
  const choose = (key: string, field: FieldKey | null) => setDraft(assign(layout, draft, key, field));
  const missing = layout.missing.map(fieldName).join(strings.locale === "zh-CN" ? "、" : ", ");

  return (
    <section className={styles.mapper} aria-labelledby="column-mapper-title" data-testid="column-mapper">
      <h3 className={styles.title} id="column-mapper-title">
        {strings.columns.title}
      </h3>
      <Text>{strings.columns.intro}</Text>
      <Text size={200}>{strings.columns.headerRow(layout.headerRows[layout.headerRows.length - 1])}</Text>
      <div className={styles.scroller} data-testid="column-mapper-scroller">
        <table className={styles.table}>
          <thead>
            <tr>
              {layout.columns.map((column) => (
                <th key={column.column} scope="col" className={styles.cell} data-testid="mapper-header">
                  <span className={styles.letter}>{columnLetters(column.column)} </span>
                  <span className={column.field === null && !(column.key in draft) ? styles.unknown : undefined}>{column.text}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {layout.columns.map((column) => (
                <td key={column.column} className={styles.cell}>
                  <Dropdown
                    className={styles.dropdown}
                    aria-label={strings.columns.fieldFor(column.text)}
                    data-testid={`map-${column.text}`}
                    value={column.field === null ? strings.columns.ignore : fieldName(column.field)}
                    selectedOptions={[column.field ?? IGNORE]}
                    onOptionSelect={(_, data) => choose(column.key, data.optionValue === IGNORE || data.optionValue === undefined ? null : (data.optionValue as FieldKey))}
                  >
                    <Option value={IGNORE}>{strings.columns.ignore}</Option>
                    {compiled.fields.map((spec) => (
                      <Option key={spec.key} value={spec.key}>
                        {fieldName(spec.key)}
                      </Option>
                    ))}
                  </Dropdown>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      {layout.missing.length > 0 ? (
        <Text className={styles.missing} role="status" data-testid="mapper-missing">
          {strings.columns.missing(missing)}
        </Text>
      ) : (
        <Text role="status" data-testid="mapper-missing">
          {strings.columns.complete}
        </Text>
      )}
      <Text size={200}>{savedWhere}</Text>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || layout.missing.length > 0} onClick={() => onApply(draft)} data-testid="mapper-apply">
          {strings.columns.apply}
        </Button>
        <Button onClick={onClose}>{strings.columns.close}</Button>
      </div>
    </section>
  );
}

/**
 * The draft with `field` chosen for the column `key`. A field lives in one column: a column that
 * held it before is set to 不校验, so the clerk sees where it went.
 */
function assign(layout: HeaderLayout, draft: ColumnMap, key: string, field: FieldKey | null): ColumnMap {
  const next: Record<string, FieldKey | null> = { ...draft, [key]: field };
  if (field !== null) {
    for (const column of layout.columns) {
      if (column.key !== key && column.field === field) next[column.key] = null;
    }
  }
  return next;
}

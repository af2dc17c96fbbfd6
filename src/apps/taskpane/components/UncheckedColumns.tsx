import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { ColumnMap } from "../../../core/check/column-map";
import { uncheckedColumns, uncheckedColumnsText } from "../../../core/check/unchecked-columns";
import { headerLayout } from "../../../core/header/header-layout";
import type { SheetRow } from "../../../core/rows/sheet-row";
import { compileTemplate } from "../../../core/template/compile-template";
import type { Template } from "../../../core/template/schema";
import { useStrings } from "../i18n/locale";

const useStyles = makeStyles({
  note: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/**
 * Beside the verdict, the header columns the check did not read (unknown to the template, set to
 * 不校验, or a second column of a field), numeric ones first with their reason, as the CLI and the
 * 汇总 workbook name them, so an all-clear never hides a column nobody looked at; with the way to map them.
 */
export function UncheckedColumns({ template, rows, columnMap, onOpen }: { template: Template; rows: readonly SheetRow[]; columnMap: ColumnMap; onOpen(): void }) {
  const strings = useStrings();
  const styles = useStyles();
  const unchecked = useMemo(() => {
    const compiled = compileTemplate(template);
    const layout = headerLayout(compiled, rows, columnMap);
    return layout === null ? [] : uncheckedColumns(compiled, layout, rows, columnMap);
  }, [template, rows, columnMap]);
  if (unchecked.length === 0) return null;
  return (
    <div className={styles.note} role="note" data-testid="unchecked-columns">
      <Text>{strings.columns.unchecked(uncheckedColumnsText(unchecked, strings.locale === "zh-CN" ? "zh" : "en"))}</Text>
      <Button size="small" onClick={onOpen} data-testid="open-column-mapper">
        {strings.columns.open}
      </Button>
    </div>
  );
}

import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Tally } from "../../../core/check/types";
import { formatYuan } from "../../../core/format/fen";
import { formatWanYuan } from "../../../core/format/wan-yuan";
import { useStrings } from "../i18n/locale";

const useStyles = makeStyles({
  // In a 320 px pane the five columns do not fit: the table scrolls sideways instead of
  // breaking a 地区 name or an amount over lines.
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: { tableLayout: "auto", width: "auto", minWidth: "100%" },
  nowrap: { whiteSpace: "nowrap" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

interface Props {
  caption: string;
  /** Header of the first column: 地区 or 人员类别. */
  labelHeader: string;
  rows: readonly (Tally & { label: string })[];
  total: Tally;
  testId: string;
}

export function TallyTable({ caption, labelHeader, rows, total, testId }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const line = (label: string, tally: Tally, className?: string) => (
    <TableRow key={label} className={className}>
      <TableCell className={styles.nowrap}>{label}</TableCell>
      <TableCell className={styles.number}>{tally.households}</TableCell>
      <TableCell className={styles.number}>{tally.modelWorkers}</TableCell>
      <TableCell className={styles.number}>{formatYuan(tally.amountFen)}</TableCell>
      <TableCell className={styles.number}>{formatWanYuan(tally.amountFen)}</TableCell>
    </TableRow>
  );
  return (
    <div className={styles.scroller} data-testid={`${testId}-scroller`}>
    <Table size="small" aria-label={caption} data-testid={testId} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.nowrap}>{labelHeader}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{strings.totals.households}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{strings.totals.modelWorkers}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{strings.totals.amountYuan}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>{strings.totals.amountWanYuan}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => line(row.label, row))}
        {line(strings.totals.grandTotal, total, styles.total)}
      </TableBody>
    </Table>
    </div>
  );
}

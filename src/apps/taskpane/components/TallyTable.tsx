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
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
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
      <TableCell>{label}</TableCell>
      <TableCell className={styles.number}>{tally.households}</TableCell>
      <TableCell className={styles.number}>{tally.modelWorkers}</TableCell>
      <TableCell className={styles.number}>{formatYuan(tally.amountFen)}</TableCell>
      <TableCell className={styles.number}>{formatWanYuan(tally.amountFen)}</TableCell>
    </TableRow>
  );
  return (
    <Table size="small" aria-label={caption} data-testid={testId}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{labelHeader}</TableHeaderCell>
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
  );
}

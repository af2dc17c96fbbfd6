import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { CheckResult } from "../../../core/check/types";
import type { Template } from "../../../core/template/schema";
import type { ResultSheetNames, WorkbookHost } from "../../../core/ports/workbook-host";
import { useStrings } from "../i18n/locale";
import { useAction } from "../use-action";
import { ReportErrorBar } from "./ReportErrorBar";
import { StatusBar } from "./StatusBar";
import { TallyTable } from "./TallyTable";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, alignItems: "start" },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

interface Props {
  host: WorkbookHost;
  template: Template;
  result: CheckResult | null;
}

export function TotalsTab({ host, template, result }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const write = useAction();
  const [written, setWritten] = useState<ResultSheetNames | null>(null);
  if (!result) return <Text>{strings.totals.needCheck}</Text>;

  const writeSheets = () =>
    write.run(async () => {
      setWritten(null);
      setWritten(await host.writeResultSheets(result, template));
    });

  return (
    <div className={styles.tab}>
      <h3 className={styles.heading}>{strings.totals.byRegion}</h3>
      <TallyTable
        caption={strings.totals.byRegion}
        labelHeader={strings.totals.region}
        rows={result.regions.map((tally) => ({ ...tally, label: tally.region }))}
        total={result.total}
        testId="totals-by-region"
      />
      <h3 className={styles.heading}>{strings.totals.byGroup}</h3>
      <TallyTable
        caption={strings.totals.byGroup}
        labelHeader={strings.totals.group}
        rows={result.groups.map((tally) => ({ ...tally, label: tally.group }))}
        total={result.total}
        testId="totals-by-group"
      />
      <Button appearance="primary" onClick={writeSheets} disabled={write.busy} data-testid="write-totals">
        {strings.totals.write}
      </Button>
      {written && <StatusBar testId="totals-written">{strings.totals.written(written.issues, written.subtotals)}</StatusBar>}
      {write.hasError && <ReportErrorBar error={write.error} />}
    </div>
  );
}

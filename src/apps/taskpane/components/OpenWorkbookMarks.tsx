import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ConsolidatedResult } from "../../../core/consolidate/consolidation";
import type { OpenWorkbookSubmissions } from "../../../core/ports/submissions-host";
import { useStrings } from "../i18n/locale";
import { useAction } from "../use-action";
import { ReportErrorBar } from "./ReportErrorBar";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  host: Pick<OpenWorkbookSubmissions, "markOpenWorkbook" | "clearMarks">;
  /** The open workbook's name, as its submissions carry it. */
  file: string;
  consolidated: ConsolidatedResult;
}

/** 标记 and 清除标记 for the 逐级上报 result: the issues found in the open workbook, each on its own sheet. */
export function OpenWorkbookMarks({ host, file, consolidated }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const action = useAction();
  const [done, setDone] = useState<string | null>(null);
  const issues = consolidated.issues.filter((issue) => issue.file === file);
  const sheets = new Set(issues.map((issue) => issue.sheet)).size;

  const mark = () =>
    action.run(async () => {
      setDone(null);
      await host.markOpenWorkbook(file, issues);
      setDone(strings.consolidate.marked(sheets));
    });
  const clear = () =>
    action.run(async () => {
      setDone(null);
      await host.clearMarks();
      setDone(strings.check.marksCleared);
    });

  if (issues.length === 0) return <StatusBar testId="open-workbook-clean">{strings.consolidate.nothingToMark}</StatusBar>;
  return (
    <div>
      <div className={styles.toolbar}>
        <Button onClick={() => void mark()} disabled={action.busy} data-testid="mark-open-workbook">
          {strings.consolidate.mark}
        </Button>
        <Button onClick={() => void clear()} disabled={action.busy} data-testid="clear-open-workbook-marks">
          {strings.check.clearMarks}
        </Button>
      </div>
      {done !== null && <StatusBar testId="open-workbook-marks">{done}</StatusBar>}
      {action.hasError && <ReportErrorBar error={action.error} />}
    </div>
  );
}

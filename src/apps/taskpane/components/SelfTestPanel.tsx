import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, Textarea, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { SelfTestHost } from "../../../core/ports/self-test-host";
import { runSelfTest, type SelfTestReport } from "../../../core/self-test/run-self-test";
import { selfTestText } from "../../../core/self-test/self-test-text";
import { copyText } from "../copy-text";
import { useStrings } from "../i18n/locale";
import { useAction } from "../use-action";
import { ReportErrorBar } from "./ReportErrorBar";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBlockStart: tokens.spacingVerticalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
  report: { fontFamily: tokens.fontFamilyMonospace },
});

interface Props {
  readonly selfTest: SelfTestHost;
  /** Opened from the ribbon's 自检: runs at once. */
  readonly runOnOpen?: boolean;
}

/**
 * 自检: tries the host's assumptions on a scratch sheet (core/self-test) and shows the report as
 * text the clerk copies into a message to whoever looks after the add-in.
 */
export function SelfTestPanel({ selfTest, runOnOpen = false }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const action = useAction();
  const [report, setReport] = useState<SelfTestReport | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const start = () => {
    setCopied(null);
    void action.run(async () => setReport(await runSelfTest(selfTest)));
  };
  useEffect(() => {
    if (runOnOpen) start();
    // Once, when opened from the ribbon.
  }, []);
  const text = report === null ? "" : selfTestText(report);
  const failed = report?.outcomes.filter((outcome) => !outcome.passed).length ?? 0;
  return (
    <section className={styles.panel} aria-label={strings.selfTest.title} data-testid="self-test">
      <Text weight="semibold">{strings.selfTest.title}</Text>
      <Text size={200}>{strings.selfTest.intro}</Text>
      <div className={styles.actions}>
        <Button onClick={start} disabled={action.busy} data-testid="run-self-test">
          {strings.selfTest.run}
        </Button>
        {report !== null && (
          <Button onClick={async () => setCopied(await copyText(text))} data-testid="copy-self-test">
            {strings.selfTest.copy}
          </Button>
        )}
      </div>
      {action.busy && <Spinner size="tiny" label={strings.selfTest.running} />}
      {action.hasError && <ReportErrorBar error={action.error} />}
      {report !== null && (
        <>
          <MessageBar intent={failed === 0 ? "success" : "warning"}>
            <MessageBarBody>{failed === 0 ? strings.selfTest.allPassed : strings.selfTest.someFailed(failed)}</MessageBarBody>
          </MessageBar>
          <Textarea className={styles.report} readOnly resize="vertical" rows={report.outcomes.length + 5} value={text} aria-label={strings.selfTest.title} data-testid="self-test-report" />
          {copied !== null && <Text size={200}>{copied ? strings.selfTest.copied : strings.selfTest.copyFailed}</Text>}
        </>
      )}
    </section>
  );
}

import { Button, Field, Label, makeStyles, MessageBar, MessageBarBody, Select, Text, Textarea, tokens } from "@fluentui/react-components";
import { useMemo, useRef, useState } from "react";
import type { CheckResult } from "../../../core/check/types";
import { renderSummary, type RenderedSummary } from "../../../core/summary/render-summary";
import { summaryDimensions } from "../../../core/summary/summary-dimensions";
import type { Template } from "../../../core/template/schema";
import type { WorkbookHost } from "../../../core/ports/workbook-host";
import { copyText } from "../copy-text";
import { useStrings } from "../i18n/locale";
import { useAction } from "../use-action";
import { PlaceholderList } from "./PlaceholderList";
import { ReportErrorBar } from "./ReportErrorBar";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  preview: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    whiteSpace: "pre-wrap",
    lineHeight: tokens.lineHeightBase400,
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

type Preview = { ok: true; rendered: RenderedSummary } | { ok: false; error: unknown };

function preview(text: string, result: CheckResult, template: Template): Preview {
  try {
    return { ok: true, rendered: renderSummary(text, result, summaryDimensions(template)) };
  } catch (error) {
    return { ok: false, error };
  }
}

interface Props {
  host: WorkbookHost;
  template: Template;
  result: CheckResult | null;
}

export function SummaryTab({ host, template, result }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const [templateId, setTemplateId] = useState(template.summaries[0].id);
  const [text, setText] = useState(template.summaries[0].text);
  const [notice, setNotice] = useState<string | null>(null);
  const [copyFailed, setCopyFailed] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const write = useAction();
  const shown = useMemo(() => (result ? preview(text, result, template) : null), [text, result, template]);

  const pickTemplate = (id: string) => {
    setTemplateId(id);
    setText(template.summaries.find((summary) => summary.id === id)?.text ?? text);
  };

  const insert = (syntax: string) => {
    const area = textArea.current;
    const start = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? text.length;
    setText(text.slice(0, start) + syntax + text.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + syntax.length, start + syntax.length);
    });
  };

  const fill = (paragraph: string) =>
    write.run(async () => {
      setNotice(null);
      const where = await host.writeSummary(paragraph);
      // The page writes into the copy it will download: nothing changes on screen, so it says where the text went.
      setNotice(host.kind !== "standalone" ? strings.summary.filled(where) : strings.summary.filledCopy(where));
    });

  const copy = async (paragraph: string) => {
    setNotice(null);
    const copied = await copyText(paragraph);
    setCopyFailed(!copied);
    if (copied) setNotice(strings.summary.copied);
  };

  return (
    <div className={styles.tab}>
      <Field label={strings.summary.template}>
        <Select value={templateId} onChange={(_, data) => pickTemplate(data.value)} data-testid="summary-template">
          {template.summaries.map((summary) => (
            <option key={summary.id} value={summary.id}>
              {summary.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.summary.text}>
        <Textarea
          ref={textArea}
          value={text}
          onChange={(_, data) => setText(data.value)}
          resize="vertical"
          rows={5}
          data-testid="summary-text"
        />
      </Field>
      <div>
        <Label>{strings.summary.placeholders}</Label>
        <PlaceholderList onInsert={insert} />
      </div>
      <section aria-label={strings.summary.preview}>
        <Label>{strings.summary.preview}</Label>
        {!shown && <Text>{strings.summary.needCheck}</Text>}
        {shown && !shown.ok && <ReportErrorBar error={shown.error} testId="summary-error" />}
        {shown?.ok && (
          <>
            <p className={styles.preview} data-testid="summary-preview" aria-live="polite">
              {shown.rendered.text}
            </p>
            {shown.rendered.warnings.map((warning) => (
              <MessageBar key={warning} intent="warning" data-testid="summary-warning">
                <MessageBarBody>{warning}</MessageBarBody>
              </MessageBar>
            ))}
            <div className={styles.actions}>
              <Button
                appearance="primary"
                onClick={() => fill(shown.rendered.text)}
                disabled={write.busy}
                data-testid="fill-summary"
              >
                {strings.summary.fill}
              </Button>
              <Button onClick={() => copy(shown.rendered.text)} data-testid="copy-summary">
                {strings.summary.copy}
              </Button>
            </div>
          </>
        )}
      </section>
      {notice && <StatusBar testId="summary-notice">{notice}</StatusBar>}
      {copyFailed && (
        <MessageBar intent="warning" data-testid="copy-failed">
          <MessageBarBody>{strings.summary.copyFailed}</MessageBarBody>
        </MessageBar>
      )}
      {write.hasError && <ReportErrorBar error={write.error} />}
    </div>
  );
}

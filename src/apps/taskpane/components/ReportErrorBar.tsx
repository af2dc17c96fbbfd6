import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ReportError } from "../../../core/errors";
import { useStrings } from "../i18n/locale";
import type { Strings } from "../i18n/strings-zh";

/** The message in the pane's language: a zh-CN clerk reads Chinese only, an en-US one English. */
export function describeError(error: unknown, strings: Strings): string {
  if (error instanceof ReportError) return strings.locale === "zh-CN" ? error.messageZh : error.messageEn;
  return strings.errors.unexpected;
}

export function ReportErrorBar({ error, testId = "error-message" }: { error: unknown; testId?: string }) {
  const strings = useStrings();
  return (
    <MessageBar intent="error" data-testid={testId} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.errors.title}</MessageBarTitle>
        <div lang={strings.locale}>{describeError(error, strings)}</div>
      </MessageBarBody>
    </MessageBar>
  );
}

import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { ReportError } from "../../../core/errors";
import { STRINGS_EN } from "../i18n/strings-en";
import { STRINGS_ZH } from "../i18n/strings-zh";

/** Both languages, always: a clerk may forward the message to IT, who may read only one. */
export function describeError(error: unknown): { zh: string; en: string } {
  if (error instanceof ReportError) return { zh: error.messageZh, en: error.messageEn };
  return { zh: STRINGS_ZH.errors.unexpected, en: STRINGS_EN.errors.unexpected };
}

export function ReportErrorBar({ error, testId = "error-message" }: { error: unknown; testId?: string }) {
  const { zh, en } = describeError(error);
  return (
    <MessageBar intent="error" data-testid={testId} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{zh}</MessageBarTitle>
        <div lang="en">{en}</div>
      </MessageBarBody>
    </MessageBar>
  );
}

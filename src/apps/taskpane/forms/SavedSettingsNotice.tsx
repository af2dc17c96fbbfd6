import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import type { MessageText } from "../../../core/messages/catalogue";
import { maskNumberRuns } from "../../../core/format/mask";
import { useStrings } from "../i18n/locale";
import type { RefusedForm } from "./use-forms";

interface Props {
  /** The saved form not used, and what it drops. */
  refusedForm: RefusedForm | null;
  /** The bundled form checked with instead. */
  bundledName: string;
  onUseForm(): void;
  /** What the saved rules would loosen (not applied). */
  withheldRules: readonly MessageText[];
  onUseRules(): void;
  /** What of the saved settings was applied or not, one line each. */
  said: readonly MessageText[];
  busy: boolean;
}

/**
 * A received workbook's saved settings are evidence, not authority (received-settings.ts): what
 * they would drop is listed, with a button to use them all the same — the clerk's explicit choice;
 * what was applied (the 列对应) is listed too, so nothing changes the check unseen.
 */
export function SavedSettingsNotice({ refusedForm, bundledName, onUseForm, withheldRules, onUseRules, said, busy }: Props) {
  const strings = useStrings();
  const text = (message: MessageText) => maskNumberRuns(strings.locale === "zh-CN" ? message.zh : message.en);
  const list = (items: readonly MessageText[], testId: string) => (
    <ul>
      {items.map((item, index) => (
        <li key={index} data-testid={testId} lang={strings.locale}>
          {text(item)}
        </li>
      ))}
    </ul>
  );
  return (
    <>
      {refusedForm !== null && (
        <MessageBar intent="warning" layout="multiline" data-testid="saved-form-refused">
          <MessageBarBody>
            <MessageBarTitle>{strings.forms.savedFormLooser(maskNumberRuns(refusedForm.form.template.pack.name), bundledName)}</MessageBarTitle>
            {list(refusedForm.differences, "saved-form-difference")}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onUseForm} disabled={busy} data-testid="use-saved-form">
              {strings.forms.useSavedForm}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {withheldRules.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="saved-rules-withheld">
          <MessageBarBody>
            <MessageBarTitle>{strings.forms.savedRulesLooser}</MessageBarTitle>
            {list(withheldRules, "saved-rules-difference")}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={onUseRules} disabled={busy} data-testid="use-saved-rules">
              {strings.forms.useSavedRules}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {said.length > 0 && (
        <Text size={200} data-testid="saved-settings">
          {strings.forms.savedSettingsTitle}
          {list(said, "saved-setting")}
        </Text>
      )}
    </>
  );
}

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
  /** What the saved settings would drop, and the clerk's button to use them all the same. */
  const choice = (testId: string, title: string, items: readonly MessageText[], itemTestId: string, button: { testId: string; label: string; onClick(): void }) => (
    <MessageBar intent="warning" layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {list(items, itemTestId)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={button.onClick} disabled={busy} data-testid={button.testId}>
          {button.label}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
  return (
    <>
      {refusedForm !== null &&
        choice("saved-form-refused", strings.forms.savedFormLooser(maskNumberRuns(refusedForm.form.template.pack.name), bundledName), refusedForm.differences, "saved-form-difference", {
          testId: "use-saved-form",
          label: strings.forms.useSavedForm,
          onClick: onUseForm,
        })}
      {withheldRules.length > 0 &&
        choice("saved-rules-withheld", strings.forms.savedRulesLooser, withheldRules, "saved-rules-difference", {
          testId: "use-saved-rules",
          label: strings.forms.useSavedRules,
          onClick: onUseRules,
        })}
      {said.length > 0 && (
        <Text size={200} data-testid="saved-settings">
          {strings.forms.savedSettingsTitle}
          {list(said, "saved-setting")}
        </Text>
      )}
    </>
  );
}

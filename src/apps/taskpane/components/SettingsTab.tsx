import { Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
import { useStrings } from "../i18n/locale";
import { KNOWN_GROUPS } from "../settings/known-groups";
import { formFromRules, validateSettings, type RuleSettings, type SettingsErrors, type SettingsForm } from "../settings/settings-form";
import { useAction } from "../use-action";
import { ReportErrorBar } from "./ReportErrorBar";
import { StatusBar } from "./StatusBar";
import type { WorkbookHost } from "../../../core/ports/workbook-host";

const useStyles = makeStyles({
  tab: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fieldset: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, margin: 0 },
  // minmax(0, …) and min-width 0 let the three inputs share a narrow task pane (Excel's is ~320 px)
  // instead of keeping an input's natural width and pushing 最低金额 out of sight.
  minimumRow: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr) minmax(0, 1fr) auto",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  shrinkable: { minWidth: 0, width: "100%" },
  removeRow: { minWidth: "32px" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

interface Props {
  /** The rules in force (defaults with the workbook's saved settings applied). */
  current: RuleSettings;
  defaults: RuleSettings;
  /** Stores valid settings in the workbook; the next check uses them. */
  save(settings: RuleSettings): Promise<void>;
  /** Excel keeps them in the workbook; the page, in this browser (and its downloaded copy). */
  hostKind: WorkbookHost["kind"];
  /**
   * The minimums by 建档级别 and 人员类别 and the archive settings belong to forms whose 先建档、后帮扶
   * rule is keyed by level and group (送温暖); other forms edit their tables in the form's own editor.
   */
  archiveRules: boolean;
  /** The form's own editor (列名, 可选值, amount tables, 条件必填), below the rule settings. */
  children?: ReactNode;
}

export function SettingsTab({ current, defaults, save, hostKind, archiveRules, children }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const [form, setForm] = useState<SettingsForm>(() => formFromRules(current));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const saving = useAction();
  const groups = [...new Set([...KNOWN_GROUPS, ...current.archiveGroups, ...defaults.archiveGroups])];

  const edit = (next: SettingsForm) => {
    setForm(next);
    setNotice(null);
  };
  const editMinimum = (index: number, key: "level" | "group" | "minYuan", value: string) =>
    edit({ ...form, minimums: form.minimums.map((row, i) => (i === index ? { ...row, [key]: value } : row)) });

  const persist = (next: SettingsForm, doneMessage: string) => {
    const checked = validateSettings(next, strings.settings.amountInvalid);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) {
      setNotice(null);
      return;
    }
    void saving.run(async () => {
      await save(checked.settings);
      setNotice(doneMessage);
    });
  };

  const restoreDefaults = () => {
    const next = formFromRules(defaults);
    setForm(next);
    persist(next, strings.settings.restored);
  };

  const invalid = Object.keys(errors).length > 0;
  return (
    <div className={styles.tab}>
      {archiveRules && (
        <form
          className={styles.tab}
          onSubmit={(event) => {
            event.preventDefault();
            persist(form, hostKind !== "standalone" ? strings.settings.saved : strings.settings.savedBrowser);
          }}
          noValidate
        >
          <fieldset className={styles.fieldset}>
            <legend>{strings.settings.minimums}</legend>
            {form.minimums.map((row, index) => (
              <div className={styles.minimumRow} key={index} data-testid="minimum-row">
                <Field label={strings.settings.level}>
                  <Input className={styles.shrinkable} input={{ className: styles.shrinkable }} value={row.level} placeholder={strings.settings.anyValue} onChange={(_, d) => editMinimum(index, "level", d.value)} />
                </Field>
                <Field label={strings.settings.group}>
                  <Input className={styles.shrinkable} input={{ className: styles.shrinkable }} value={row.group} placeholder={strings.settings.anyValue} onChange={(_, d) => editMinimum(index, "group", d.value)} />
                </Field>
                <Field
                  label={strings.settings.minYuan}
                  validationMessage={errors[`minimums.${index}.minYuan`]}
                  validationState={errors[`minimums.${index}.minYuan`] ? "error" : "none"}
                >
                  <Input className={styles.shrinkable} input={{ className: styles.shrinkable }} value={row.minYuan} inputMode="decimal" onChange={(_, d) => editMinimum(index, "minYuan", d.value)} />
                </Field>
                <Button
                  className={styles.removeRow}
                  aria-label={strings.settings.removeRow(index + 1)}
                  onClick={() => edit({ ...form, minimums: form.minimums.filter((_, i) => i !== index) })}
                >
                  ×
                </Button>
              </div>
            ))}
            <Button onClick={() => edit({ ...form, minimums: [...form.minimums, { level: "", group: "", minYuan: "" }] })} data-testid="add-minimum">
              {strings.settings.addRow}
            </Button>
          </fieldset>
          <Field
            label={strings.settings.archivePattern}
            validationMessage={errors.archiveNoPattern}
            validationState={errors.archiveNoPattern ? "error" : "none"}
          >
            <Input value={form.archiveNoPattern} onChange={(_, d) => edit({ ...form, archiveNoPattern: d.value })} data-testid="archive-pattern" />
          </Field>
          <fieldset className={styles.fieldset}>
            <legend>{strings.settings.archiveGroups}</legend>
            {groups.map((group) => (
              <Checkbox
                key={group}
                label={group}
                checked={form.archiveGroups.includes(group)}
                onChange={(_, d) =>
                  edit({
                    ...form,
                    archiveGroups: d.checked ? [...form.archiveGroups, group] : form.archiveGroups.filter((g) => g !== group),
                  })
                }
              />
            ))}
          </fieldset>
          {invalid && (
            <MessageBar intent="error" data-testid="settings-invalid">
              <MessageBarBody>{strings.settings.invalid}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={saving.busy} data-testid="save-settings">
              {strings.settings.save}
            </Button>
            <Button onClick={restoreDefaults} disabled={saving.busy} data-testid="restore-defaults">
              {strings.settings.restoreDefaults}
            </Button>
          </div>
          {notice && <StatusBar testId="settings-notice">{notice}</StatusBar>}
          {saving.hasError && <ReportErrorBar error={saving.error} />}
        </form>
      )}
      {children}
    </div>
  );
}

import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Pack, PackField } from "../../../core/template/pack-schema";
import type { TemplateProblem } from "../../../core/template/template-problems";
import { PackProblemList } from "../forms/PackProblemList";
import { useStrings } from "../i18n/locale";
import { addRule, editEntry, editField, editRule, keysOf, listText, parseList, removeRule, withKeys, type RequiredIfRule, type TableRule } from "../settings/pack-edits";
import { useAction } from "../use-action";
import { ReportErrorBar } from "./ReportErrorBar";
import { StatusBar } from "./StatusBar";

const useStyles = makeStyles({
  editor: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fieldset: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // minmax(0, …) lets the inputs share Excel's ~320 px pane instead of pushing the last one out of sight.
  row: { display: "grid", gridAutoFlow: "column", gridAutoColumns: "minmax(0, 1fr)", gap: tokens.spacingHorizontalS, alignItems: "end" },
  remove: { minWidth: "32px" },
  // An input keeps its natural width unless told otherwise, and would push the row past the pane's edge.
  shrinkable: { minWidth: 0, width: "100%" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

interface Props {
  /** The pack the check uses now (the workbook's edited one, or the bundled form). */
  pack: Pack;
  /** Validates with the pack schema; the problems, or none once saved in the workbook. */
  save(json: Pack): Promise<readonly TemplateProblem[]>;
  /** Takes an edited pack out of the workbook: back to the form as shipped. */
  restore(): Promise<void>;
  /** 送温暖's minimums by 建档级别 and 人员类别 are edited in 设置's own table above: not twice. */
  minimumsAbove: boolean;
}

/** 设置 edits the form itself: column names and spellings, allowed values, amount tables, required-when. */
export function PackEditor({ pack, save, restore, minimumsAbove }: Props) {
  const strings = useStrings();
  const text = strings.packEditor;
  const styles = useStyles();
  const [draft, setDraft] = useState(pack);
  const [problems, setProblems] = useState<readonly TemplateProblem[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const saving = useAction();
  const edit = (next: Pack) => {
    setDraft(next);
    setNotice(null);
  };
  const labelOf = (key: string) => draft.fields.find((field) => field.key === key)?.label ?? key;
  const keyFields = draft.fields.filter((field) => field.type === "one-of" || field.type === "text" || field.type === "yes-no");

  const submit = () =>
    saving.run(async () => {
      const found = await save(draft);
      setProblems(found);
      setNotice(found.length === 0 ? text.saved : null);
    });
  const restoreDefault = () =>
    saving.run(async () => {
      await restore();
      setProblems([]);
      setNotice(text.restored);
    });

  const fieldRow = (field: PackField, index: number) => (
    <div className={styles.row} key={field.key} data-testid={`pack-field-${field.key}`}>
      <Field label={text.fieldLabel(index + 1)}>
        <Input className={styles.shrinkable} input={{ className: styles.shrinkable }} value={field.label} onChange={(_, d) => edit(editField(draft, field.key, { label: d.value }))} data-testid="field-label" />
      </Field>
      <Field label={text.aliases}>
        <Input className={styles.shrinkable} input={{ className: styles.shrinkable }} defaultValue={listText(field.aliases)} onChange={(_, d) => edit(editField(draft, field.key, { aliases: parseList(d.value) }))} data-testid="field-aliases" />
      </Field>
      {field.type === "one-of" && (
        <Field label={text.values}>
          <Input className={styles.shrinkable} input={{ className: styles.shrinkable }} defaultValue={listText(field.values)} onChange={(_, d) => edit(editField(draft, field.key, { values: parseList(d.value) }))} data-testid="field-values" />
        </Field>
      )}
    </div>
  );

  const tableRule = (rule: TableRule, ruleIndex: number) => {
    const keys = keysOf(rule);
    const put = (next: TableRule) => edit(editRule(draft, ruleIndex, next));
    return (
      <fieldset className={styles.fieldset} key={ruleIndex} data-testid={`pack-${rule.kind}`}>
        <legend>{(rule.kind === "minimum" ? text.minimum : text.maximum)(labelOf(rule.field))}</legend>
        <div>
          {text.keyedBy}
          {keyFields.map((field) => (
            <Checkbox
              key={field.key}
              label={field.label}
              checked={keys.includes(field.key)}
              onChange={(_, d) => put(withKeys(rule, d.checked ? [...keys, field.key] : keys.filter((key) => key !== field.key)))}
            />
          ))}
        </div>
        {rule.table.map((entry, index) => (
          <div className={styles.row} key={index} data-testid="table-entry">
            {keys.map((key) => (
              <Field label={labelOf(key)} key={key}>
                <Input className={styles.shrinkable} input={{ className: styles.shrinkable }} value={entry.when?.[key] ?? ""} placeholder={strings.settings.anyValue} onChange={(_, d) => put(editEntry(rule, index, key, d.value))} />
              </Field>
            ))}
            <Field label={text.amount}>
              <Input className={styles.shrinkable} input={{ className: styles.shrinkable }} value={String(entry.yuan)} inputMode="decimal" onChange={(_, d) => put(editEntry(rule, index, "yuan", d.value))} data-testid="entry-yuan" />
            </Field>
            <Button className={styles.remove} aria-label={strings.settings.removeRow(index + 1)} onClick={() => put({ ...rule, table: rule.table.filter((_, i) => i !== index) })}>
              ×
            </Button>
          </div>
        ))}
        <Button onClick={() => put({ ...rule, table: [...rule.table, { when: {}, yuan: 0 }] })}>{strings.settings.addRow}</Button>
      </fieldset>
    );
  };

  const requiredIf = (rule: RequiredIfRule, ruleIndex: number, shown: number) => {
    const condition = rule.when[0];
    const put = (next: RequiredIfRule) => edit(editRule(draft, ruleIndex, next));
    const fieldOptions = draft.fields.map((field) => (
      <option key={field.key} value={field.key}>
        {field.label}
      </option>
    ));
    return (
      <div className={styles.row} key={ruleIndex} data-testid="required-if">
        <Field label={text.requiredField}>
          <Select className={styles.shrinkable} value={rule.field} onChange={(_, d) => put({ ...rule, field: d.value })}>
            {fieldOptions}
          </Select>
        </Field>
        <Field label={text.whenField}>
          <Select className={styles.shrinkable} value={condition.field} onChange={(_, d) => put({ ...rule, when: [{ ...condition, field: d.value }, ...rule.when.slice(1)] })}>
            {fieldOptions}
          </Select>
        </Field>
        <Field label={text.whenValues}>
          <Input className={styles.shrinkable} input={{ className: styles.shrinkable }} defaultValue={listText(condition.in)} onChange={(_, d) => put({ ...rule, when: [{ ...condition, in: parseList(d.value) }, ...rule.when.slice(1)] })} data-testid="required-if-values" />
        </Field>
        <Button className={styles.remove} aria-label={text.removeRule(shown)} onClick={() => edit(removeRule(draft, ruleIndex))}>
          ×
        </Button>
      </div>
    );
  };

  let requiredIfShown = 0;
  return (
    <fieldset className={styles.fieldset} data-testid="pack-editor">
      <legend>{text.title(draft.name)}</legend>
      <div className={styles.editor}>
        {draft.fields.map(fieldRow)}
        {draft.rules.map((rule, index) => ((rule.kind === "minimum" && !minimumsAbove) || rule.kind === "maximum" ? tableRule(rule, index) : null))}
        <fieldset className={styles.fieldset}>
          <legend>{text.requiredIf}</legend>
          {draft.rules.map((rule, index) => (rule.kind === "required-if" ? requiredIf(rule, index, ++requiredIfShown) : null))}
          <Button
            onClick={() => edit(addRule(draft, { kind: "required-if", field: draft.fields[0].key, when: [{ field: draft.fields[0].key, in: [] }] }))}
            data-testid="add-required-if"
          >
            {text.addRequiredIf}
          </Button>
        </fieldset>
        {problems.length > 0 && <PackProblemList title={text.problems} problems={problems} />}
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void submit()} disabled={saving.busy} data-testid="save-pack">
            {text.save}
          </Button>
          <Button onClick={() => void restoreDefault()} disabled={saving.busy} data-testid="restore-pack">
            {text.restore}
          </Button>
        </div>
        {notice && <StatusBar testId="pack-notice">{notice}</StatusBar>}
        {saving.hasError && <ReportErrorBar error={saving.error} />}
      </div>
    </fieldset>
  );
}

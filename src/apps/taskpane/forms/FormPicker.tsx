import { Button, Field, makeStyles, MessageBar, MessageBarBody, Select, Text, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import type { TemplateProblem } from "../../../core/template/template-problems";
import { downloadFile } from "../../standalone/save-file";
import { useStrings } from "../i18n/locale";
import { formUnconfirmed, type Form, type FormSelection } from "./form";
import { PackProblemList } from "./PackProblemList";

const useStyles = makeStyles({
  picker: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
});

/** Problems found in a pack: each bad key on its own line, at its JSON path. */
export interface PackProblems {
  readonly title: string;
  readonly problems: readonly TemplateProblem[];
}

interface Props {
  forms: readonly Form[];
  selection: FormSelection;
  onChoose(form: Form): void;
  /** A .json file the clerk picked: validated, then saved into the workbook. */
  onImport(file: File): void;
  problems: PackProblems | null;
  busy: boolean;
}

/** Which form the check uses and why, the other forms to switch to, and a province's own pack in and out. */
export function FormPicker({ forms, selection, onChoose, onImport, problems, busy }: Props) {
  const strings = useStrings();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const zh = strings.locale === "zh-CN";
  const exportPack = () => downloadFile(`${JSON.stringify(selection.form.template.pack, null, 2)}\n`, `${selection.form.template.pack.id}.json`, "application/json");
  return (
    <section className={styles.picker} data-testid="form-picker" data-form={selection.form.template.pack.id} data-how={selection.how}>
      <div className={styles.row}>
        <Field label={strings.forms.label}>
          <Select
            value={String(forms.indexOf(selection.form))}
            onChange={(_, data) => onChoose(forms[Number(data.value)])}
            disabled={busy}
            data-testid="form-select"
          >
            {forms.map((form, index) => (
              <option key={`${form.origin}:${form.template.pack.id}`} value={index}>
                {form.origin === "workbook" ? strings.forms.workbookOwn(form.template.pack.name) : form.template.pack.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button onClick={() => fileInput.current?.click()} disabled={busy} data-testid="import-pack">
          {strings.forms.importPack}
        </Button>
        <Button onClick={exportPack} data-testid="export-pack">
          {strings.forms.exportPack}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-pack-file"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) onImport(file);
          }}
        />
      </div>
      {formUnconfirmed(selection) || selection.how === "no-match" ? (
        // Only a guess: nothing is checked until the clerk picks a form or confirms this one.
        <MessageBar intent="warning" data-testid="form-reason">
          <MessageBarBody lang={strings.locale}>
            {zh ? selection.reason.zh : selection.reason.en}{" "}
            {formUnconfirmed(selection) && (
              <Button size="small" onClick={() => onChoose(selection.form)} disabled={busy} data-testid="confirm-form">
                {strings.forms.confirm(selection.form.template.pack.name)}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Text size={200} data-testid="form-reason" lang={strings.locale}>
          {zh ? selection.reason.zh : selection.reason.en}
        </Text>
      )}
      {problems !== null && <PackProblemList title={problems.title} problems={problems.problems} />}
    </section>
  );
}

import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import { NO_COLUMN_MAP, type ColumnMap } from "../../../core/check/column-map";
import type { CheckResult } from "../../../core/check/types";
import { readSavedPack, withoutSavedPack, withSavedPack } from "../../../core/settings/saved-pack";
import { readPack } from "../../../core/template/load-pack";
import type { Pack } from "../../../core/template/pack-schema";
import { applySavedSettings, withColumnMap } from "../../../core/settings/saved-settings";
import type { Template } from "../../../core/template/schema";
import type { WorkbookHost } from "../../../core/ports/workbook-host";
import { BUNDLED_FORMS } from "../forms/bundled-forms";
import { formOf, type Form, type FormSelection } from "../forms/form";
import { FormPicker, type PackProblems } from "../forms/FormPicker";
import { readPackFile } from "../forms/read-pack-file";
import { clerkForm, detectForm, workbookForm } from "../forms/select-form";
import { useStrings } from "../i18n/locale";
import { useAction } from "../use-action";
import { rulesOf, withRules } from "../settings/workbook-settings";
import type { RuleSettings } from "../settings/settings-form";
import { CheckTab } from "./CheckTab";
import { ReportErrorBar } from "./ReportErrorBar";
import { TotalsTab } from "./TotalsTab";

const PackEditor = lazy(() => import(/* webpackChunkName: "settings-tab" */ "./PackEditor").then((m) => ({ default: m.PackEditor })));

// 总结 and 设置 are opened less often than 校验 and 汇总: fetched on first use, they keep the pane's
// first download (what Excel loads on every 打开助手) smaller.
const SummaryTab = lazy(() => import(/* webpackChunkName: "summary-tab" */ "./SummaryTab").then((m) => ({ default: m.SummaryTab })));
const SettingsTab = lazy(() => import(/* webpackChunkName: "settings-tab" */ "./SettingsTab").then((m) => ({ default: m.SettingsTab })));

type TabName = "check" | "totals" | "summary" | "settings";
const TABS: readonly TabName[] = ["check", "totals", "summary", "settings"];

const useStyles = makeStyles({
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  panel: { paddingBlock: tokens.spacingVerticalS },
});

export interface TaskPaneProps {
  host: WorkbookHost;
  /** The form the page was switched to before opening the file; left out, read from the header. */
  preferredForm?: Form;
  /** The page's 下载空白表 follows the form the pane checks with. */
  onForm?: (form: Form) => void;
  /** Standalone mode adds its download buttons under the check result. */
  resultActions?: (result: CheckResult, template: Template) => ReactNode;
}

/** The four tabs of issue 3, talking to the workbook only through `host`. */
export function TaskPane({ host, preferredForm, onForm, resultActions }: TaskPaneProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>("check");
  const [selection, setSelection] = useState<FormSelection>(() => ({ form: BUNDLED_FORMS[0], how: "no-match", reason: { zh: "", en: "" } }));
  /** A province's own pack, imported into or read from this workbook. */
  const [ownForm, setOwnForm] = useState<Form | null>(null);
  const [packProblems, setPackProblems] = useState<PackProblems | null>(null);
  const importing = useAction();
  /** Counts 恢复默认模板, so the editor starts again from the form as shipped. */
  const [packEdits, setPackEdits] = useState(0);
  /** The settings as saved in the workbook: rules, 列对应, the form's pack, and whatever else a rules file put there. */
  const [saved, setSaved] = useState<unknown | null>(null);
  const { template, columnMap, settingsError } = useMemo(() => applied(selection.form.template, saved), [selection, saved]);
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState("");
  const [result, setResult] = useState<CheckResult | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      const [names, first, stored] = await Promise.all([host.listSheets(), host.defaultSheet(), host.loadSettings()]);
      const own = readSavedPack(stored);
      const header = own?.pack || preferredForm ? [] : await host.headerRows(first).catch(() => []);
      if (!live) return;
      setSheets(names);
      setSheet(first);
      setSaved(stored);
      if (own?.pack) {
        const form = formOf(own.pack, "workbook");
        setOwnForm(form);
        setSelection(workbookForm(form));
      } else {
        if (own !== null) setPackProblems({ title: strings.forms.savedPackBad, problems: own.problems });
        setSelection(preferredForm ? clerkForm(preferredForm) : detectForm(BUNDLED_FORMS, header));
      }
      setReady(true);
    })().catch((error: unknown) => live && setLoadError(error));
    return () => {
      live = false;
    };
  }, [host, preferredForm, strings]);

  useEffect(() => onForm?.(selection.form), [selection, onForm]);

  /** Validates before saving, so a workbook never stores settings it cannot apply. */
  const store = async (next: Record<string, unknown>, form: Form = selection.form) => {
    applySavedSettings(form.template, next);
    await host.saveSettings(next);
    setSaved(next);
  };
  const saveSettings = (settings: RuleSettings) => store(withRules(saved, settings));
  const saveColumnMap = (map: ColumnMap) => store(withColumnMap(saved, map));
  const archiveRules = selection.form.template.pack.rules.some((rule) => rule.kind === "archive-required");
  const forms = ownForm === null ? BUNDLED_FORMS : [ownForm, ...BUNDLED_FORMS];
  /** A province's pack is checked, then saved into the workbook so it travels up with the file. */
  const importPack = (file: File) =>
    importing.run(async () => {
      const read = await readPackFile(file, file.name);
      if ("problems" in read) {
        setPackProblems({ title: strings.forms.problemsTitle(file.name), problems: read.problems });
        return;
      }
      await adopt(read.pack);
      setPackProblems(null);
    });
  /** The pack becomes this workbook's own form: saved with it, checked with from now on. */
  const adopt = async (pack: Pack) => {
    const form = formOf(pack, "workbook");
    await store(withSavedPack(saved, pack), form);
    setOwnForm(form);
    setSelection(workbookForm(form));
  };
  /** 设置's edits of the form: judged by the pack schema, key by key, before the workbook keeps them. */
  const savePack = async (json: Pack) => {
    const reading = readPack(json);
    if (reading.pack !== null) await adopt(reading.pack);
    return reading.problems;
  };
  /** 恢复默认模板: the edited pack leaves the workbook; the form as shipped is used again. */
  const restorePack = async () => {
    await switchTo(BUNDLED_FORMS.find((form) => form.template.id === selection.form.template.id) ?? BUNDLED_FORMS[0]);
    setOwnForm(null);
    setPackEdits((count) => count + 1);
  };
  /**
   * A pack in the saved settings is the form the workbook is checked with (every host reads it so):
   * switching to a bundled form takes it out, switching back to the workbook's own puts it back.
   */
  const switchTo = async (form: Form) => {
    if (form.origin === "workbook") await store(withSavedPack(saved, form.template.pack), form);
    else if (readSavedPack(saved) !== null) await store(withoutSavedPack(saved), form);
    setSelection(clerkForm(form));
  };
  const choose = (form: Form) => importing.run(() => switchTo(form));

  if (!ready) {
    return loadError === null ? <Spinner className={styles.pane} aria-label={strings.appName} /> : <ReportErrorBar error={loadError} />;
  }

  return (
    <div className={styles.pane}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabName)}>
        {TABS.map((name) => (
          <Tab key={name} value={name} id={`tab-${name}`} aria-controls={`panel-${name}`} data-testid={`tab-${name}`}>
            {strings.tabs[name]}
          </Tab>
        ))}
      </TabList>
      <FormPicker
        forms={forms}
        selection={selection}
        onChoose={(form) => void choose(form)}
        onImport={(file) => void importPack(file)}
        problems={packProblems}
        busy={importing.busy}
      />
      {importing.hasError && <ReportErrorBar error={importing.error} testId="import-error" />}
      {settingsError !== null && <ReportErrorBar error={settingsError} testId="settings-error" />}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.panel}>
        <Suspense fallback={<Spinner size="small" label={strings.tabs[tab]} />}>
          {tab === "check" && (
            <CheckTab
              host={host}
              template={template}
              sheets={sheets}
              sheet={sheet}
              onSheet={setSheet}
              result={result}
              onResult={setResult}
              columnMap={columnMap}
              onColumnMap={saveColumnMap}
              resultActions={resultActions}
            />
          )}
          {tab === "totals" && <TotalsTab host={host} template={template} result={result} />}
          {tab === "summary" && <SummaryTab host={host} template={template} result={result} />}
          {tab === "settings" && (
            <SettingsTab
              current={rulesOf(template)}
              defaults={rulesOf(selection.form.template)}
              save={saveSettings}
              hostKind={host.kind}
              archiveRules={archiveRules}
            >
              <PackEditor
                key={`${selection.form.template.id}:${packEdits}`}
                pack={selection.form.template.pack}
                save={savePack}
                restore={restorePack}
                minimumsAbove={archiveRules}
              />
            </SettingsTab>
          )}
        </Suspense>
      </div>
    </div>
  );
}

/** The form with the workbook's saved settings laid over it; settings it cannot take are said, and the form used bare. */
function applied(base: Template, saved: unknown | null): { template: Template; columnMap: ColumnMap; settingsError: unknown } {
  try {
    return { ...applySavedSettings(base, saved), settingsError: null };
  } catch (error) {
    return { template: base, columnMap: NO_COLUMN_MAP, settingsError: error };
  }
}

import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import { NO_COLUMN_MAP, type ColumnMap } from "../../../core/check/column-map";
import type { CheckResult } from "../../../core/check/types";
import { applySavedSettings, withColumnMap } from "../../../core/settings/saved-settings";
import type { Template } from "../../../core/template/schema";
import type { WorkbookHost } from "../../../core/ports/workbook-host";
import type { Form } from "../forms/form";
import { FormPicker } from "../forms/FormPicker";
import { useForms } from "../forms/use-forms";
import { useStrings } from "../i18n/locale";
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
  /** The settings as saved in the workbook: rules, 列对应, the form's pack, and whatever else a rules file put there. */
  const [saved, setSaved] = useState<unknown | null>(null);
  /** Validates before saving, so a workbook never stores settings it cannot apply. */
  const store = async (next: Record<string, unknown>, form: Form) => {
    applySavedSettings(form.template, next);
    await host.saveSettings(next);
    setSaved(next);
  };
  const forms = useForms(saved, store);
  const { selection } = forms;
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
      const begin = await forms.start(host, stored, first, preferredForm);
      if (!live) return;
      setSheets(names);
      setSheet(first);
      setSaved(stored);
      begin();
      setReady(true);
    })().catch((error: unknown) => live && setLoadError(error));
    return () => {
      live = false;
    };
    // The form is chosen once per workbook opened; forms.start reads no state that changes after.
  }, [host, preferredForm]);

  useEffect(() => onForm?.(selection.form), [selection, onForm]);

  const saveSettings = (settings: RuleSettings) => store(withRules(saved, settings), selection.form);
  const saveColumnMap = (map: ColumnMap) => store(withColumnMap(saved, map), selection.form);
  const archiveRules = selection.form.template.pack.rules.some((rule) => rule.kind === "archive-required");

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
        forms={forms.list}
        selection={selection}
        onChoose={forms.choose}
        onImport={forms.importPack}
        problems={forms.problems}
        busy={forms.busy}
      />
      {forms.error !== null && <ReportErrorBar error={forms.error} testId="form-error" />}
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
                key={`${selection.form.template.id}:${forms.restores}`}
                pack={selection.form.template.pack}
                save={forms.savePack}
                restore={forms.restorePack}
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

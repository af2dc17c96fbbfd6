import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useState, type ReactNode } from "react";
import { NO_COLUMN_MAP, type ColumnMap } from "../../../core/check/column-map";
import type { CheckResult } from "../../../core/check/types";
import { applySavedSettings, withColumnMap } from "../../../core/settings/saved-settings";
import type { Template } from "../../../core/template/schema";
import type { WorkbookHost } from "../../../core/ports/workbook-host";
import { useStrings } from "../i18n/locale";
import { rulesOf, withRules } from "../settings/workbook-settings";
import type { RuleSettings } from "../settings/settings-form";
import { CheckTab } from "./CheckTab";
import { ReportErrorBar } from "./ReportErrorBar";
import { TotalsTab } from "./TotalsTab";

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
  /** The built-in template; the workbook's saved settings are laid over it. */
  baseTemplate: Template;
  /** Standalone mode adds its download buttons under the check result. */
  resultActions?: (result: CheckResult, template: Template) => ReactNode;
}

/** The four tabs of issue 3, talking to the workbook only through `host`. */
export function TaskPane({ host, baseTemplate, resultActions }: TaskPaneProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>("check");
  const [template, setTemplate] = useState(baseTemplate);
  const [settingsError, setSettingsError] = useState<unknown>(null);
  /** The settings as saved in the workbook: rules, 列对应, and whatever else a rules file put there. */
  const [saved, setSaved] = useState<unknown | null>(null);
  const [columnMap, setColumnMap] = useState<ColumnMap>(NO_COLUMN_MAP);
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState("");
  const [result, setResult] = useState<CheckResult | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let live = true;
    (async () => {
      const [names, first, stored] = await Promise.all([host.listSheets(), host.defaultSheet(), host.loadSettings()]);
      if (!live) return;
      setSheets(names);
      setSheet(first);
      setSaved(stored);
      try {
        const applied = applySavedSettings(baseTemplate, stored);
        setTemplate(applied.template);
        setColumnMap(applied.columnMap);
      } catch (error) {
        setSettingsError(error);
      }
      setReady(true);
    })().catch((error: unknown) => live && setLoadError(error));
    return () => {
      live = false;
    };
  }, [host, baseTemplate]);

  /** Validates before saving, so a workbook never stores settings it cannot apply. */
  const store = async (next: Record<string, unknown>) => {
    const applied = applySavedSettings(baseTemplate, next);
    await host.saveSettings(next);
    setSaved(next);
    setTemplate(applied.template);
    setColumnMap(applied.columnMap);
    setSettingsError(null);
  };
  const saveSettings = (settings: RuleSettings) => store(withRules(saved, settings));
  const saveColumnMap = (map: ColumnMap) => store(withColumnMap(saved, map));

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
              defaults={rulesOf(baseTemplate)}
              save={saveSettings}
              hostKind={host.kind}
            />
          )}
        </Suspense>
      </div>
    </div>
  );
}

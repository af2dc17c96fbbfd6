import { makeStyles, Spinner, Tab, TabList, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import { NO_COLUMN_MAP, type ColumnMap } from "../../../core/check/column-map";
import type { CheckResult } from "../../../core/check/types";
import type { MessageText } from "../../../core/messages/catalogue";
import { receiveSettings } from "../../../core/settings/received-settings";
import { applySavedSettings, withColumnMap } from "../../../core/settings/saved-settings";
import type { Template } from "../../../core/template/schema";
import type { WorkbookHost } from "../../../core/ports/workbook-host";
import type { OpenWorkbookSubmissions } from "../../../core/ports/submissions-host";
import { formUnconfirmed, type Form } from "../forms/form";
import { FormPicker } from "../forms/FormPicker";
import { SavedSettingsNotice } from "../forms/SavedSettingsNotice";
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
const FormFromHeader = lazy(() => import(/* webpackChunkName: "form-from-header" */ "../forms/FormFromHeader").then((m) => ({ default: m.FormFromHeader })));
const SettingsTab = lazy(() => import(/* webpackChunkName: "settings-tab" */ "./SettingsTab").then((m) => ({ default: m.SettingsTab })));
// 逐级上报 brings the .xlsx reader and the 汇总 view: only a clerk who consolidates downloads them.
const SelfTestPanel = lazy(() => import(/* webpackChunkName: "self-test" */ "./SelfTestPanel").then((m) => ({ default: m.SelfTestPanel })));
const ConsolidateTab = lazy(() => import(/* webpackChunkName: "consolidate-tab" */ "./ConsolidateTab").then((m) => ({ default: m.ConsolidateTab })));

type TabName = "check" | "totals" | "summary" | "consolidate" | "settings";
const TABS: readonly TabName[] = ["check", "totals", "summary", "consolidate", "settings"];

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
  /**
   * In Excel: the host for 逐级上报 (every roster sheet of the workbook, and files picked from disk),
   * fetched on first use; a picked file is checked with the pane's form, its own saved settings received.
   */
  submissions?: () => Promise<OpenWorkbookSubmissions>;
  /** Opened by the ribbon's 自检: the pane starts on 设置 and runs the self-test at once. */
  selfTestOnOpen?: boolean;
}

/** The four tabs of issue 3 (and 逐级上报 in Excel), talking to the workbook only through `host`. */
export function TaskPane({ host, preferredForm, onForm, resultActions, submissions, selfTestOnOpen = false }: TaskPaneProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [tab, setTab] = useState<TabName>(selfTestOnOpen && host.selfTest ? "settings" : "check");
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
  /** The clerk chose the saved rules knowing what they loosen (or saved them in 设置 this session). */
  const [acceptRules, setAcceptRules] = useState(false);
  /** Counts the clerk's 仍采用 choices, so 设置's editor starts again from the rules now applied. */
  const [rulesChosen, setRulesChosen] = useState(0);
  const packSaid = forms.refused !== null;
  const { template, columnMap, said, withheld, settingsError } = useMemo(
    () => applied(selection.form.template, saved, acceptRules, packSaid),
    [selection, saved, acceptRules, packSaid],
  );
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState("");
  /** 从表头新建报表 is open in place of the tabs. */
  const [building, setBuilding] = useState(false);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [ready, setReady] = useState(false);
  const [submissionsHost, setSubmissionsHost] = useState<Promise<OpenWorkbookSubmissions> | null>(null);
  /** Bumped by 校验全部名单工作表: the 逐级上报 view checks the open workbook's roster sheets each time. */
  const [openWorkbookRequest, setOpenWorkbookRequest] = useState(0);

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

  const saveSettings = (settings: RuleSettings) => {
    setAcceptRules(true);
    return store(withRules(saved, settings), selection.form);
  };
  const saveColumnMap = (map: ColumnMap) => store(withColumnMap(saved, map), selection.form);
  // The 建档级别 × 人员类别 section edits a 先建档 rule keyed by level and group (送温暖); a form whose
  // archive is keyed by its level alone (金秋助学) has its minimums edited in the form editor, by its own columns.
  const archiveRules = selection.form.template.pack.rules.some((rule) => rule.kind === "archive-required" && rule.group !== undefined);

  const tabs = submissions ? TABS : TABS.filter((name) => name !== "consolidate");
  const selectTab = (name: TabName) => {
    // Mounted on first use and kept while the clerk looks at other tabs: the picked files stay.
    if (name === "consolidate" && submissions && submissionsHost === null) setSubmissionsHost(submissions());
    setTab(name);
  };
  const checkAllSheets = () => {
    setOpenWorkbookRequest((request) => request + 1);
    selectTab("consolidate");
  };

  if (!ready) {
    return loadError === null ? <Spinner className={styles.pane} aria-label={strings.appName} /> : <ReportErrorBar error={loadError} />;
  }

  return (
    <div className={styles.pane}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => selectTab(data.value as TabName)}>
        {tabs.map((name) => (
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
        onFromHeader={() => setBuilding(true)}
      />
      <SavedSettingsNotice
        refusedForm={forms.refused}
        bundledName={selection.form.template.pack.name}
        onUseForm={() => forms.refused !== null && forms.choose(forms.refused.form)}
        withheldRules={withheld}
        onUseRules={() => {
          setAcceptRules(true);
          setRulesChosen((count) => count + 1);
        }}
        said={said}
        busy={forms.busy}
      />
      {forms.error !== null && <ReportErrorBar error={forms.error} testId="form-error" />}
      {settingsError !== null && <ReportErrorBar error={settingsError} testId="settings-error" />}
      {building && (
        <Suspense fallback={<Spinner size="small" label={strings.fromHeader.title} />}>
          <FormFromHeader host={host} sheet={sheet} save={forms.savePack} onClose={() => setBuilding(false)} />
        </Suspense>
      )}
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className={styles.panel} hidden={building}>
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
              onCheckAllSheets={submissions ? checkAllSheets : undefined}
              formUnconfirmed={formUnconfirmed(selection)}
            />
          )}
          {tab === "totals" && <TotalsTab host={host} template={template} result={result} />}
          {tab === "summary" && <SummaryTab host={host} template={template} result={result} />}
          {tab === "settings" && (
            <SettingsTab
              key={rulesChosen}
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
          {tab === "settings" && host.selfTest && <SelfTestPanel selfTest={host.selfTest} runOnOpen={selfTestOnOpen} />}
        </Suspense>
        {submissionsHost !== null && (
          <div hidden={tab !== "consolidate"}>
            <Suspense fallback={<Spinner size="small" label={strings.tabs.consolidate} />}>
              <ConsolidateTab host={submissionsHost} template={template} columnMap={columnMap} openWorkbookRequest={openWorkbookRequest} selectCell={host.selectCell.bind(host)} />
            </Suspense>
          </div>
        )}
      </div>
    </div>
  );
}

interface Applied {
  template: Template;
  columnMap: ColumnMap;
  said: readonly MessageText[];
  withheld: readonly MessageText[];
  settingsError: unknown;
}

/**
 * The form with the workbook's saved settings received (received-settings.ts): its 列对应 applied,
 * its rules where they loosen nothing or the clerk chose them; settings it cannot take are said,
 * and the form used bare.
 */
function applied(base: Template, saved: unknown | null, accept: boolean, packSaid: boolean): Applied {
  try {
    return { ...receiveSettings(base, saved, { accept, packSaid }), settingsError: null };
  } catch (error) {
    return { template: base, columnMap: NO_COLUMN_MAP, said: [], withheld: [], settingsError: error };
  }
}

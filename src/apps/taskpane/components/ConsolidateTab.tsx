import { use, useMemo, useState } from "react";
import type { ColumnMap } from "../../../core/check/column-map";
import type { OpenWorkbookSubmissions } from "../../../core/ports/submissions-host";
import { BUNDLED_TEMPLATES } from "../../../core/template/bundled-packs";
import type { Template } from "../../../core/template/schema";
import { ConsolidationView } from "./ConsolidationView";
import { useStrings } from "../i18n/locale";
import { OpenWorkbookMarks } from "./OpenWorkbookMarks";

interface Props {
  /** The same promise on every render (Excel's submissions host, fetched on first use). */
  host: Promise<OpenWorkbookSubmissions>;
  template: Template;
  columnMap: ColumnMap;
  /** Selects a cell of the open workbook (WorkbookHost.selectCell). */
  selectCell: (sheet: string, address: string) => Promise<void>;
  /** Bumped by 校验全部名单工作表: each new value checks the open workbook's roster sheets at once. */
  openWorkbookRequest: number;
}

/** 逐级上报 in Excel: the shared 汇总 view on the open workbook and picked files, with marking on the workbook's sheets. */
export function ConsolidateTab({ host: loading, template, columnMap, openWorkbookRequest, selectCell }: Props) {
  const strings = useStrings();
  const host = use(loading);
  const [openFile, setOpenFile] = useState<string | null>(null);
  // The view learns the open workbook's name from its check; marking needs it too.
  const watched = useMemo<OpenWorkbookSubmissions>(
    () => ({
      ...host,
      checkOpenWorkbook: async (checkedWith, run) => {
        const outcome = await host.checkOpenWorkbook(checkedWith, run);
        setOpenFile(outcome.file);
        return outcome;
      },
    }),
    [host],
  );
  return (
    <ConsolidationView
      host={watched}
      template={template}
      // A picked file whose header names another bundled form (the 劳模 roster) is checked and reported as it.
      forms={BUNDLED_TEMPLATES}
      columnMap={columnMap}
      openWorkbookRequest={openWorkbookRequest}
      saveWording={strings.consolidate}
      // As in 校验: clicking an issue of the open workbook selects its cell there. A sheet renamed
      // since the check cannot be: the list still names the place, so nothing is lost.
      onSelectIssue={(issue) => {
        if (issue.file === openFile) void selectCell(issue.sheet, issue.cell).catch(() => undefined);
      }}
      resultActions={(consolidated) =>
        openFile !== null && consolidated.submissions.some((submission) => submission.file === openFile) ? (
          <OpenWorkbookMarks host={host} file={openFile} consolidated={consolidated} />
        ) : null
      }
    />
  );
}

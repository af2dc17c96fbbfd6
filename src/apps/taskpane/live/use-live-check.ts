import { useEffect, useState } from "react";
import type { ColumnMap } from "../../../core/check/column-map";
import type { CheckResult } from "../../../core/check/types";
import type { WorkbookHost } from "../../../core/ports/workbook-host";
import type { Template } from "../../../core/template/schema";
import type { LiveCheck } from "./live-check";

interface Live {
  readonly sheet: string;
  readonly template: Template;
  readonly columnMap: ColumnMap;
  readonly onResult: (result: CheckResult) => void;
}

/**
 * 边输入边检查 for the 校验 tab: on while the switch is, following the sheet, form and 列对应 on
 * screen (a change starts it again with them). Only for hosts that report edits.
 */
export function useLiveCheck(host: WorkbookHost, { sheet, template, columnMap, onResult }: Live) {
  const [on, setOn] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { watchEdits, readRows } = host;
  const available = watchEdits !== undefined && readRows !== undefined;
  useEffect(() => {
    if (!on || !available || sheet === "") return;
    setError(null);
    let live: LiveCheck | null = null;
    let stopped = false;
    // Fetched when first switched on: the check engine stays out of the pane's first download.
    void import(/* webpackChunkName: "live-check" */ "./live-check")
      .then(({ LiveCheck }) => {
        if (stopped) return;
        live = new LiveCheck({ watchEdits: watchEdits.bind(host), readRows: readRows.bind(host) }, { sheet, template, columnMap, onResult, onError: setError });
        return live.start();
      })
      .catch(setError);
    return () => {
      stopped = true;
      void live?.stop();
    };
    // onResult is the tab's setter for the result on screen: stable for the tab's life.
  }, [on, available, host, sheet, template, columnMap]);
  return { available, on, error, turn: setOn };
}

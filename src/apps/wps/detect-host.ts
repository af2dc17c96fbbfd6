import type { EtApplication } from "../../adapters/wps/et-api";

/**
 * The ET Application when this page runs inside WPS 表格, else null. WPS puts `Application` and
 * `wps` on the pages of an add-in; 表格 is the host whose Application has workbooks (文字 and
 * 演示 have documents and presentations).
 */
export function wpsSpreadsheet(scope: { Application?: unknown; wps?: unknown }): EtApplication | null {
  const app = scope.Application as (EtApplication & { Workbooks?: unknown }) | undefined;
  if (scope.wps === undefined || app === undefined || app === null) return null;
  return "Workbooks" in app || "ActiveWorkbook" in app ? app : null;
}

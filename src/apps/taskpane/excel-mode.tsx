import type { ReactElement } from "react";
import { SONGWENNUAN_TEMPLATE } from "../../core/template/songwennuan";
import { TaskPane } from "./components/TaskPane";

/** The pane inside Excel; the Office.js adapter is fetched only when Excel is the host. */
export async function loadExcelMode(): Promise<ReactElement> {
  const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../../adapters/excel/excel-host");
  // 逐级上报's host reads picked files with the .xlsx reader: its own chunk, fetched when the clerk opens it.
  const submissions = () =>
    import(/* webpackChunkName: "excel-submissions" */ "../../adapters/excel/excel-submissions-host").then((m) => m.createExcelSubmissionsHost());
  return <TaskPane host={createExcelHost()} baseTemplate={SONGWENNUAN_TEMPLATE} submissions={submissions} />;
}

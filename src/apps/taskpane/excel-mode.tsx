import type { ReactElement } from "react";
import { TaskPane } from "./components/TaskPane";

/** The pane inside Excel; the Office.js adapter is fetched only when Excel is the host. */
export async function loadExcelMode(): Promise<ReactElement> {
  const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../../adapters/excel/excel-host");
  return <TaskPane host={createExcelHost()} />;
}

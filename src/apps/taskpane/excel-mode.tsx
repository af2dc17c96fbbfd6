import type { ReactElement } from "react";
import { TaskPane } from "./components/TaskPane";
import { selfTestRequested } from "./self-test-view";

/** The pane inside Excel; the Office.js adapter is fetched only when Excel is the host. */
export async function loadExcelMode(): Promise<ReactElement> {
  const { createExcelHost } = await import(/* webpackChunkName: "excel-host" */ "../../adapters/excel/excel-host");
  // 逐级上报 is fetched when the clerk opens it. Picked files are read as the page reads them, in a
  // reading worker of their own, so the pane never freezes on a big county file.
  const submissions = async () => {
    const [{ createExcelSubmissionsHost }, { rosterCheckingInWorker }, { startReadWorker }, { readRegisterFiles }] = await Promise.all([
      import(/* webpackChunkName: "excel-submissions" */ "../../adapters/excel/excel-submissions-host"),
      import(/* webpackChunkName: "excel-submissions" */ "../standalone/roster-checking-in-worker"),
      import(/* webpackChunkName: "excel-submissions" */ "../standalone/start-read-worker"),
      import(/* webpackChunkName: "excel-submissions" */ "../../adapters/xlsx/read-register"),
    ]);
    // The 档案表 is read as picked files are, with the .xlsx/.csv reader: never opened in Excel, never uploaded.
    return createExcelSubmissionsHost({ checkRosters: rosterCheckingInWorker(startReadWorker).check, readRegister: readRegisterFiles });
  };
  return <TaskPane host={createExcelHost()} submissions={submissions} selfTestOnOpen={selfTestRequested(globalThis.location?.search ?? "")} />;
}

import type { EtApplication, EtTaskPane, WpsGlobal } from "../../../src/adapters/wps/et-api";
import { WpsModel } from "./model";
import { FakeApplication } from "./objects";

export { WpsModel, WpsSheetModel } from "./model";
export { WpsError, MAX_WPS_ADDRESS_CHARS } from "./objects";

export interface FakeTaskPane extends EtTaskPane {
  readonly url: string;
}

/**
 * A typed, synchronous model of the WPS 表格 objects the adapter uses, with the documented
 * semantics: 1-based cells, Value2 a scalar for one cell and rows of cells for several, Value a
 * method, Interior.Color in BGR, ColorIndex -4142 for no fill, VBA's 255-character address limit,
 * Sheets.Add activating the new sheet, ApiEvent listeners. Every call into it is counted
 * (model.calls), for call budgets as the in-memory Excel counts syncs.
 */
export function createInMemoryWps(model = new WpsModel()) {
  const app: EtApplication = new FakeApplication(model);
  const panes: FakeTaskPane[] = [];
  const storage = new Map<string, string>();
  const wps: WpsGlobal & { readonly panes: FakeTaskPane[] } = {
    panes,
    CreateTaskPane(url: string) {
      const pane: FakeTaskPane = { ID: panes.length + 1, url, Visible: false, DockPosition: 0, Width: 0 };
      panes.push(pane);
      return pane;
    },
    GetTaskPane: (id: number) => panes.find((pane) => pane.ID === id) ?? null,
    PluginStorage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, value) => void storage.set(key, value) },
  };
  return { model, app, wps };
}

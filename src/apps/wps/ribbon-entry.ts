import type { EtApplication, WpsGlobal } from "../../adapters/wps/et-api";
import { createRibbon } from "./ribbon";

/**
 * The add-in's main page in WPS 表格 (index.html, never shown): WPS loads it with the add-in and
 * calls the functions ribbon.xml names on `window.ribbon`. No office.js here.
 */
declare global {
  interface Window {
    ribbon?: ReturnType<typeof createRibbon>;
    Application?: EtApplication;
    wps?: WpsGlobal;
  }
}

if (window.Application && window.wps) {
  window.ribbon = createRibbon({
    app: window.Application,
    wps: window.wps,
    paneUrl: new URL("taskpane.html", window.location.href).href,
    notify: (message) => window.alert(message),
  });
}

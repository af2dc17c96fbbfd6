import { embedSavedSettings } from "../../adapters/xlsx/embed-saved-settings";
import type { WorkbookFile } from "../../adapters/xlsx/workbook-file";
import { withSavedPack } from "../../core/settings/saved-pack";
import type { ChosenForm } from "./choose-form-node";

/**
 * A province's own pack goes into the workbook the CLI writes (beside any settings the original
 * carried), so the level above checks it with the same form. Bundled forms need no carrying.
 * Resolves to what to do to the written workbook's bytes.
 */
export async function packCarrier(form: ChosenForm, original: WorkbookFile | null): Promise<(workbook: Uint8Array) => Uint8Array> {
  const pack = form.ownPack;
  if (pack === undefined) return (workbook) => workbook;
  const saved = original === null ? null : await original.savedSettings();
  return (workbook) => embedSavedSettings(workbook, withSavedPack(saved, pack), new Date());
}

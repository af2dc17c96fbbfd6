import { OfficeError } from "./office-error";
import { FakeClientObject, type RequestQueue } from "./request-context";
import type { SheetModel } from "./workbook-model";

/** Worksheet.freezePanes (ExcelApi 1.7): only frozen top rows are modelled. */
export class FakeFreezePanes extends FakeClientObject implements Pick<Excel.WorksheetFreezePanes, "freezeRows" | "unfreeze"> {
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly sheet: () => SheetModel,
  ) {
    super(queue, path);
  }

  freezeRows(count?: number): void {
    this.enqueueCall("freezeRows", count ?? null, () => {
      if (count !== undefined && (!Number.isInteger(count) || count < 0)) throw new OfficeError("InvalidArgument", `Cannot freeze ${count} rows.`);
      this.sheet().frozenRows = count ?? 1;
    });
  }

  unfreeze(): void {
    this.enqueueCall("unfreeze", null, () => (this.sheet().frozenRows = 0));
  }

  protected readProperty(name: string): unknown {
    throw new Error(`in-memory Excel: WorksheetFreezePanes.${name} is not modelled`);
  }
}

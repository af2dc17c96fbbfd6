import { parseArea, rectAddress } from "./a1";
import { assertWritable, parseAddressList } from "./cells";
import { FakeCollection } from "./collection";
import { FakeFreezePanes } from "./freeze-panes";
import { OfficeError } from "./office-error";
import { FakeRange, FakeRangeAreas } from "./range";
import { FakeClientObject, FakeClientResult, type RequestQueue } from "./request-context";
import type { SheetModel } from "./workbook-model";

const MAX_SHEET_NAME = 31;

export class FakeWorksheetProtection
  extends FakeClientObject
  implements Pick<Excel.WorksheetProtection, "protected" | "options">
{
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly sheet: () => SheetModel,
  ) {
    super(queue, path);
  }

  get protected(): boolean {
    return this.loadedValue("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.loadedValue("options");
  }

  protected readProperty(name: string): unknown {
    const { protection } = this.sheet();
    if (name === "protected") return protection.protected;
    if (name === "options") return { allowFormatCells: protection.allowFormatCells };
    throw new Error(`in-memory Excel: WorksheetProtection.${name} is not modelled`);
  }
}

export class FakeNote extends FakeClientObject implements Pick<Excel.Note, "content" | "delete" | "isNullObject"> {
  /** `cellOf` names the note's cell at sync time (undefined: no such note). */
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly sheet: () => SheetModel,
    private readonly cellOf: () => string | undefined,
    nullable: boolean,
  ) {
    super(queue, path);
    if (nullable) this.trackNull(() => this.sheet().notes.has(this.cellOf() ?? ""));
  }

  get content(): string {
    return this.loadedValue("content");
  }

  getLocation(): FakeRange {
    return new FakeRange(this.queue, `${this.path}.getLocation()`, () => ({ sheet: this.sheet(), rect: parseArea(this.cell())! }));
  }

  delete(): void {
    this.enqueueCall("delete", null, () => {
      const sheet = this.sheet();
      assertWritable(sheet);
      sheet.notes.delete(this.cell());
    });
  }

  protected readProperty(name: string): unknown {
    if (name !== "content") throw new Error(`in-memory Excel: Note.${name} is not modelled`);
    return this.sheet().notes.get(this.cell());
  }

  private cell(): string {
    const cell = this.cellOf();
    if (cell === undefined || !this.sheet().notes.has(cell)) throw new OfficeError("ItemNotFound", "The note doesn't exist.");
    return cell;
  }
}

/** Worksheet notes (ExcelApi 1.18), keyed by cell address. */
export class FakeNoteCollection extends FakeCollection<FakeNote> {
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly sheet: () => SheetModel,
  ) {
    super(queue, path);
  }

  add(cellAddress: string, content: string): FakeNote {
    const cell = normaliseCell(cellAddress);
    this.enqueueCall("add", { cellAddress, content }, () => {
      if (this.queue.model.quirks.notesUnsupported) throw new OfficeError("ApiNotFound", "The API you are trying to use could not be found. It may be available in a newer version of Excel.");
      const sheet = this.sheet();
      assertWritable(sheet);
      if (sheet.notes.has(cell)) throw new OfficeError("ItemAlreadyExists", `${cell} already has a note.`);
      sheet.notes.set(cell, content);
    });
    return new FakeNote(this.queue, `${this.path}.add(${cell})`, this.sheet, () => cell, false);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.queue.enqueue({
      describe: { path: this.path, op: "getCount" },
      run: () => {
        const count = this.sheet().notes.size;
        return { response: count, commit: () => result.resolve(count) };
      },
    });
    return result;
  }

  getItem(key: string): FakeNote {
    const cell = normaliseCell(key);
    return new FakeNote(this.queue, `${this.path}.getItem(${cell})`, this.sheet, () => cell, false);
  }

  /** Notes in insertion order, resolved at sync time like Excel's index lookup. */
  getItemAt(index: number): FakeNote {
    const at = () => this.noteKeys()[index];
    return new FakeNote(this.queue, `${this.path}.getItemAt(${index})`, this.sheet, at, false);
  }

  /** Note cells in order, listed once per sync so reading every note by index stays linear. */
  private noteKeys(): string[] {
    const { syncs } = this.queue.model.stats;
    if (this.keysAtSync?.syncs !== syncs) this.keysAtSync = { syncs, keys: [...this.sheet().notes.keys()] };
    return this.keysAtSync.keys;
  }

  private keysAtSync: { syncs: number; keys: string[] } | null = null;

  getItemOrNullObject(key: string): FakeNote {
    const cell = normaliseCell(key);
    return new FakeNote(this.queue, `${this.path}.getItemOrNullObject(${cell})`, this.sheet, () => cell, true);
  }

  protected resolveItems(): FakeNote[] {
    return [...this.sheet().notes.keys()].map((cell) => new FakeNote(this.queue, `${this.path}[${cell}]`, this.sheet, () => cell, false));
  }
}

function normaliseCell(address: string): string {
  const rect = parseArea(address);
  if (!rect || rect.top !== rect.bottom || rect.left !== rect.right) {
    throw new OfficeError("InvalidArgument", `A note needs one cell, not '${address}'.`);
  }
  return rectAddress("x", rect).slice(2);
}

export class FakeWorksheet
  extends FakeClientObject
  implements Pick<Excel.Worksheet, "name" | "position" | "visibility" | "activate" | "delete" | "isNullObject">
{
  readonly protection: FakeWorksheetProtection;
  readonly notes: FakeNoteCollection;
  readonly freezePanes: FakeFreezePanes;

  /** `resolve` returns undefined when the sheet does not exist (then sync fails, or isNullObject). */
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly resolve: () => SheetModel | undefined,
    nullable: boolean,
  ) {
    super(queue, path);
    if (nullable) this.trackNull(() => this.resolve() !== undefined);
    this.protection = new FakeWorksheetProtection(queue, `${path}.protection`, () => this.sheet());
    this.notes = new FakeNoteCollection(queue, `${path}.notes`, () => this.sheet());
    this.freezePanes = new FakeFreezePanes(queue, `${path}.freezePanes`, () => this.sheet());
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get position(): number {
    return this.loadedValue("position");
  }
  get id(): string {
    return this.loadedValue("id");
  }
  get visibility(): Excel.SheetVisibility | `${Excel.SheetVisibility}` {
    return this.loadedValue("visibility");
  }
  set visibility(visibility: `${Excel.SheetVisibility}`) {
    this.enqueueCall("visibility", visibility, () => {
      const { model } = this.queue;
      const sheet = this.sheet();
      if (visibility !== "Visible" && model.sheets.every((other) => other === sheet || other.visibility !== "Visible")) {
        throw new OfficeError("InvalidArgument", "A workbook must keep at least one visible worksheet.");
      }
      sheet.visibility = visibility;
    });
  }

  activate(): void {
    this.enqueueCall("activate", null, () => (this.queue.model.activeSheet = this.sheet().name));
  }

  delete(): void {
    this.enqueueCall("delete", null, () => {
      const { model } = this.queue;
      const sheet = this.sheet();
      if (model.sheets.length === 1) throw new OfficeError("InvalidArgument", "A workbook must keep at least one visible worksheet.");
      model.removeSheet(sheet.name);
    });
  }

  getRange(address: string): FakeRange {
    this.queue.model.stats.addresses.push(address);
    return new FakeRange(this.queue, `${this.path}.getRange(${address})`, () => {
      const rects = parseAddressList(address);
      if (rects.length !== 1) throw new OfficeError("InvalidArgument", `getRange takes one area, not '${address}'.`);
      return { sheet: this.sheet(), rect: rects[0] };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const rect = { top: startRow + 1, left: startColumn + 1, bottom: startRow + rowCount, right: startColumn + columnCount };
    return new FakeRange(this.queue, `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (rowCount < 1 || columnCount < 1) throw new OfficeError("InvalidArgument", "A range needs at least one row and one column.");
      return { sheet: this.sheet(), rect };
    });
  }

  getRanges(address: string): FakeRangeAreas {
    this.queue.model.stats.addresses.push(address);
    return new FakeRangeAreas(
      this.queue,
      `${this.path}.getRanges(${address})`,
      () => ({ sheet: this.sheet(), rects: parseAddressList(address) }),
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const used = () => this.sheet().usedRect(valuesOnly === true);
    return new FakeRange(
      this.queue,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly === true})`,
      () => {
        const rect = used();
        if (!rect) throw new OfficeError("ItemNotFound", "The sheet is empty.");
        return { sheet: this.sheet(), rect };
      },
      () => used() !== null,
    );
  }

  protected readProperty(name: string): unknown {
    const sheet = this.sheet();
    if (name === "name") return sheet.name;
    if (name === "position") return this.queue.model.sheets.indexOf(sheet);
    if (name === "visibility") return sheet.visibility;
    // The fake's worksheet ids are the names (getItem takes either, as in Excel).
    if (name === "id") return sheet.name;
    throw new Error(`in-memory Excel: Worksheet.${name} is not modelled`);
  }

  protected override child(name: string): FakeClientObject {
    return name === "protection" ? this.protection : super.child(name);
  }

  private sheet(): SheetModel {
    const sheet = this.resolve();
    if (!sheet) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return sheet;
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  add(name: string): FakeWorksheet {
    this.enqueueCall("add", name, () => {
      const { model } = this.queue;
      if (model.sheet(name)) throw new OfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
      if (!name || name.length > MAX_SHEET_NAME || /[\\/?*[\]:]/.test(name)) throw new OfficeError("InvalidArgument", `'${name}' is not a valid sheet name.`);
      model.addSheet(name);
    });
    return this.byName(name, false);
  }

  getItem(key: string): FakeWorksheet {
    return this.byName(key, false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.byName(key, true);
  }

  /** worksheets.onChanged (ExcelApi 1.7): handlers registered at sync; model.type fires them. */
  get onChanged() {
    const queue = this.queue;
    const path = `${this.path}.onChanged`;
    return {
      add: (handler: (args: Excel.WorksheetChangedEventArgs) => Promise<unknown>) => {
        queue.enqueue({ describe: { path, add: true }, run: () => void queue.model.changeHandlers.push(handler) });
        return {
          context: { sync: () => queue.sync() },
          remove: () =>
            queue.enqueue({
              describe: { path, remove: true },
              run: () => void queue.model.changeHandlers.splice(queue.model.changeHandlers.indexOf(handler), 1),
            }),
        };
      },
    };
  }

  getActiveWorksheet(): FakeWorksheet {
    const { model } = this.queue;
    return new FakeWorksheet(this.queue, `${this.path}.getActiveWorksheet()`, () => model.sheet(model.activeSheet), false);
  }

  protected resolveItems(): FakeWorksheet[] {
    return this.queue.model.sheets.map((sheet) => new FakeWorksheet(this.queue, `${this.path}[${sheet.name}]`, () => sheet, false));
  }

  private byName(name: string, nullable: boolean): FakeWorksheet {
    const call = nullable ? "getItemOrNullObject" : "getItem";
    return new FakeWorksheet(this.queue, `${this.path}.${call}(${name})`, () => this.queue.model.sheet(name), nullable);
  }
}

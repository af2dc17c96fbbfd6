import { parseArea } from "./a1";
import { FakeCollection } from "./collection";
import { OfficeError } from "./office-error";
import { FakeRange } from "./range";
import { FakeClientObject, FakeClientResult, type RequestQueue } from "./request-context";
import { FakeWorksheetCollection } from "./worksheet";
import type { ModelXmlPart } from "./workbook-model";

export class FakeNamedItem extends FakeClientObject implements Pick<Excel.NamedItem, "name" | "type" | "isNullObject"> {
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly key: string,
  ) {
    super(queue, path);
    this.trackNull(() => queue.model.names.has(key));
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get type(): Excel.NamedItem["type"] {
    return this.loadedValue("type");
  }

  getRange(): FakeRange {
    return this.rangeOf(false);
  }

  getRangeOrNullObject(): FakeRange {
    return this.rangeOf(true);
  }

  private rangeOf(nullable: boolean): FakeRange {
    const target = () => {
      const named = this.queue.model.names.get(this.key);
      const sheet = named && this.queue.model.sheet(named.sheet);
      const rect = named && parseArea(named.address);
      return sheet && rect ? { sheet, rect } : null;
    };
    return new FakeRange(
      this.queue,
      `${this.path}.getRange${nullable ? "OrNullObject" : ""}()`,
      () => {
        const resolved = target();
        if (!resolved) throw new OfficeError("ItemNotFound", `The name '${this.key}' does not refer to a range.`);
        return resolved;
      },
      nullable ? () => target() !== null : undefined,
    );
  }

  protected readProperty(name: string): unknown {
    if (!this.queue.model.names.has(this.key)) throw new OfficeError("ItemNotFound", `There is no name '${this.key}'.`);
    if (name === "name") return this.key;
    if (name === "type") return "Range";
    throw new Error(`in-memory Excel: NamedItem.${name} is not modelled`);
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.queue, `${this.path}.getItemOrNullObject(${name})`, name);
  }

  protected resolveItems(): FakeNamedItem[] {
    return [...this.queue.model.names.keys()].map((key) => new FakeNamedItem(this.queue, `${this.path}[${key}]`, key));
  }
}

export class FakeCustomXmlPart
  extends FakeClientObject
  implements Pick<Excel.CustomXmlPart, "id" | "namespaceUri" | "delete" | "setXml" | "isNullObject">
{
  /** `resolve` returns undefined for a part that does not exist (yet, or any more). */
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly resolve: () => ModelXmlPart | undefined,
    nullable: boolean,
  ) {
    super(queue, path);
    if (nullable) this.trackNull(() => this.resolve() !== undefined);
  }

  get id(): string {
    return this.loadedValue("id");
  }
  get namespaceUri(): string {
    return this.loadedValue("namespaceUri");
  }

  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.queue.enqueue({
      describe: { path: this.path, op: "getXml" },
      run: () => {
        const { xml } = this.part();
        return { response: xml, commit: () => result.resolve(xml) };
      },
    });
    return result;
  }

  setXml(xml: string): void {
    this.enqueueCall("setXml", xml, () => (this.part().xml = xml));
  }

  delete(): void {
    this.enqueueCall("delete", null, () => {
      const parts = this.queue.model.xmlParts;
      parts.splice(parts.indexOf(this.part()), 1);
    });
  }

  protected readProperty(name: string): unknown {
    const part = this.part();
    if (name === "id") return part.id;
    if (name === "namespaceUri") return part.namespaceUri;
    throw new Error(`in-memory Excel: CustomXmlPart.${name} is not modelled`);
  }

  private part(): ModelXmlPart {
    const part = this.resolve();
    if (!part) throw new OfficeError("ItemNotFound", "The custom XML part doesn't exist.");
    return part;
  }
}

function namespaceOf(xml: string): string {
  const match = /<[^?!][^>]*?\sxmlns(?::\w+)?="([^"]*)"/.exec(xml);
  if (!match) throw new OfficeError("InvalidArgument", "The custom XML part has no namespace.");
  return match[1];
}

export class FakeCustomXmlPartScopedCollection extends FakeCollection<FakeCustomXmlPart> {
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly namespaceUri: string,
  ) {
    super(queue, path);
  }

  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    return new FakeCustomXmlPart(
      this.queue,
      `${this.path}.getOnlyItemOrNullObject()`,
      () => {
        const parts = this.parts();
        return parts.length === 1 ? parts[0] : undefined;
      },
      true,
    );
  }

  protected resolveItems(): FakeCustomXmlPart[] {
    return this.parts().map((part) => new FakeCustomXmlPart(this.queue, `${this.path}[${part.id}]`, () => part, false));
  }

  private parts(): ModelXmlPart[] {
    return this.queue.model.xmlParts.filter((part) => part.namespaceUri === this.namespaceUri);
  }
}

export class FakeCustomXmlPartCollection extends FakeCollection<FakeCustomXmlPart> {
  add(xml: string): FakeCustomXmlPart {
    let added: ModelXmlPart | undefined;
    this.enqueueCall("add", xml, () => (added = this.queue.model.addXmlPart(namespaceOf(xml), xml)));
    return new FakeCustomXmlPart(this.queue, `${this.path}.add()`, () => added, false);
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.queue, `${this.path}.getByNamespace(${namespaceUri})`, namespaceUri);
  }

  protected resolveItems(): FakeCustomXmlPart[] {
    return this.queue.model.xmlParts.map((part) => new FakeCustomXmlPart(this.queue, `${this.path}[${part.id}]`, () => part, false));
  }
}

export class FakeWorkbook extends FakeClientObject implements Pick<Excel.Workbook, "name"> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;

  constructor(queue: RequestQueue) {
    super(queue, "workbook");
    this.worksheets = new FakeWorksheetCollection(queue, "worksheets");
    this.names = new FakeNamedItemCollection(queue, "names");
    this.customXmlParts = new FakeCustomXmlPartCollection(queue, "customXmlParts");
  }

  /** ExcelApi 1.7: the file name as Excel shows it in the title bar. */
  get name(): string {
    return this.loadedValue("name");
  }

  protected readProperty(name: string): unknown {
    if (name === "name") return this.queue.model.fileName;
    throw new Error(`in-memory Excel: Workbook.${name} is not modelled`);
  }
}

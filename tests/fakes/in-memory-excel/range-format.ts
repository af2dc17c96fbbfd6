import { assertWritable, eachCell, type CellTarget } from "./cells";
import { FakeClientObject, type RequestQueue } from "./request-context";
import type { ModelFill } from "./workbook-model";

/** Excel reports "no fill" as white with pattern None. */
const NO_FILL = { color: "#FFFFFF", pattern: "None", patternColor: null } as const;

export class FakeRangeFill
  extends FakeClientObject
  implements Pick<Excel.RangeFill, "color" | "pattern" | "patternColor" | "clear">
{
  constructor(
    queue: RequestQueue,
    path: string,
    private readonly target: () => CellTarget,
  ) {
    super(queue, path);
  }

  get color(): string {
    return this.loadedValue("color");
  }
  set color(color: string) {
    this.update("color", color, (fill) => ({
      color: color.toUpperCase(),
      pattern: fill && fill.pattern !== "None" ? fill.pattern : "Solid",
      patternColor: fill?.patternColor ?? null,
    }));
  }

  get pattern(): Excel.RangeFill["pattern"] {
    return this.loadedValue("pattern");
  }
  set pattern(pattern: Excel.RangeFill["pattern"]) {
    this.update("pattern", pattern, (fill) =>
      pattern === "None" ? undefined : { color: fill?.color ?? NO_FILL.color, pattern, patternColor: fill?.patternColor ?? null },
    );
  }

  get patternColor(): string {
    return this.loadedValue("patternColor");
  }
  set patternColor(patternColor: string) {
    this.update("patternColor", patternColor, (fill) => fill && { ...fill, patternColor: patternColor.toUpperCase() });
  }

  clear(): void {
    this.update("clear", null, () => undefined);
  }

  private update(operation: string, args: unknown, next: (fill: ModelFill | undefined) => ModelFill | undefined): void {
    this.enqueueCall(operation, args, () => {
      const { sheet, rects } = this.target();
      assertWritable(sheet, true);
      for (const [row, column] of eachCell(rects)) sheet.setFill(row, column, next(sheet.fill(row, column)));
    });
  }

  protected readProperty(name: string): unknown {
    const { sheet, rects } = this.target();
    const seen = new Set<unknown>();
    for (const [row, column] of eachCell(rects)) {
      const fill = sheet.fill(row, column) ?? NO_FILL;
      seen.add(fill[name as keyof ModelFill]);
      if (seen.size > 1) return null; // Excel returns null for a property that differs across the range
    }
    return [...seen][0] ?? null;
  }
}

export class FakeRangeFormat extends FakeClientObject implements Pick<Excel.RangeFormat, "autofitColumns"> {
  readonly fill: FakeRangeFill;

  constructor(
    queue: RequestQueue,
    path: string,
    private readonly target: () => CellTarget,
  ) {
    super(queue, path);
    this.fill = new FakeRangeFill(queue, `${path}.fill`, target);
  }

  /** Column widths are not modelled; the call is accepted (and counted) like any other. */
  autofitColumns(): void {
    this.enqueueCall("autofitColumns", null, () => void this.target());
  }

  protected override child(name: string): FakeClientObject {
    return name === "fill" ? this.fill : super.child(name);
  }

  protected readProperty(name: string): unknown {
    throw new Error(`in-memory Excel: RangeFormat.${name} is not modelled`);
  }
}

export function cellFill(fill: ModelFill | undefined): { color: string; pattern: string; patternColor: string | null } {
  return fill ?? NO_FILL;
}

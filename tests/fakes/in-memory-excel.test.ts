import { createInMemoryExcel, MAX_PAYLOAD_BYTES } from "./in-memory-excel";

function excelWith(rows: (string | number | null)[][]) {
  const excel = createInMemoryExcel();
  excel.model.addGrid("名单", rows);
  return excel;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "no error",
    (error: { code?: string }) => error.code,
  );

describe("in-memory Excel: load and sync", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, like Office.js", async () => {
    const excel = excelWith([["姓名"], ["张三"]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("名单").getRange("A1:A2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["姓名"], ["张三"]]);
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies writes only at sync, and syncs what is left when the batch ends", async () => {
    const excel = excelWith([["旧"]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("名单").getRange("A1").values = [["新"]];
      expect(excel.model.sheet("名单")!.value(1, 1)).toBe("旧");
    });
    expect(excel.model.sheet("名单")!.value(1, 1)).toBe("新");
    expect(excel.model.stats.syncs).toBe(1);
  });

  it("reports a missing sheet through isNullObject, and fails a sync for getItem", async () => {
    const excel = excelWith([["x"]]);
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("汇总");
      const present = context.workbook.worksheets.getItemOrNullObject("名单");
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
    const failed = excel.run(async (context) => {
      context.workbook.worksheets.getItem("汇总").getRange("A1").load("values");
      await context.sync();
    });
    expect(await codeOf(failed)).toBe("ItemNotFound");
  });

  it("returns an empty used range as a null object and reports hidden rows as visible areas", async () => {
    const excel = excelWith([["a"], ["b"], ["c"], ["d"]]);
    excel.model.addSheet("空表");
    excel.model.sheet("名单")!.hiddenRows.add(2);
    await excel.run(async (context) => {
      const empty = context.workbook.worksheets.getItem("空表").getUsedRangeOrNullObject(true);
      const visible = context.workbook.worksheets.getItem("名单").getUsedRangeOrNullObject(true).getSpecialCellsOrNullObject("Visible");
      visible.areas.load("items/rowIndex,items/rowCount");
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(visible.areas.items.map((area) => [area.rowIndex, area.rowCount])).toEqual([[0, 1], [2, 2]]);
    });
  });
});

describe("in-memory Excel: limits Excel enforces", () => {
  it("rejects a request over 5 MB", async () => {
    const excel = excelWith([["x"]]);
    const big = "字".repeat(Math.ceil(MAX_PAYLOAD_BYTES / 3) + 10);
    const failed = excel.run(async (context) => {
      context.workbook.worksheets.getItem("名单").getRange("B1").values = [[big]];
      await context.sync();
    });
    expect(await codeOf(failed)).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.model.sheet("名单")!.value(1, 2)).toBeUndefined();
  });

  it("rejects a response over 5 MB", async () => {
    const rows = Array.from({ length: 60 }, () => ["长".repeat(30_000)]);
    const excel = excelWith(rows);
    const failed = excel.run(async (context) => {
      context.workbook.worksheets.getItem("名单").getRange("A1:A60").load("values");
      await context.sync();
    });
    expect(await codeOf(failed)).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("rejects an address string over 8192 characters", async () => {
    const excel = excelWith([["x"]]);
    const cells = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
    expect(cells.length).toBeGreaterThan(8192);
    const failed = excel.run(async (context) => {
      context.workbook.worksheets.getItem("名单").getRanges(cells).format.fill.color = "#FFC7CE";
      await context.sync();
    });
    expect(await codeOf(failed)).toBe("InvalidArgument");
  });

  it("rejects reading more than 5,000,000 cells in one range", async () => {
    const excel = excelWith([["x"]]);
    const failed = excel.run(async (context) => {
      context.workbook.worksheets.getItem("名单").getRange("A1:E1000001").load("values");
      await context.sync();
    });
    expect(await codeOf(failed)).toBe("RangeExceedsLimit");
  });

  it("denies writing values to a protected sheet, and fills unless formatting is allowed", async () => {
    const excel = excelWith([["x"]]);
    const sheet = excel.model.sheet("名单")!;
    sheet.protection = { protected: true, allowFormatCells: false };
    const write = (apply: (range: Excel.Range) => void) =>
      codeOf(excel.run(async (context) => apply(context.workbook.worksheets.getItem("名单").getRange("A1"))));
    expect(await write((range) => (range.values = [["y"]]))).toBe("AccessDenied");
    expect(await write((range) => (range.format.fill.color = "#FFC7CE"))).toBe("AccessDenied");
    sheet.protection = { protected: true, allowFormatCells: true };
    expect(await write((range) => (range.format.fill.color = "#FFC7CE"))).toBe("no error");
    expect(sheet.value(1, 1)).toBe("x");
  });
});

describe("in-memory Excel: cells", () => {
  it("reports no fill as white with pattern None, and a mixed range as null", async () => {
    const excel = excelWith([["a", "b"]]);
    excel.model.sheet("名单")!.setFill(1, 2, { color: "#FFFF00", pattern: "Solid", patternColor: null });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("名单");
      const props = sheet.getRange("A1:B1").getCellProperties({ format: { fill: { color: true, pattern: true } } });
      const mixed = sheet.getRange("A1:B1").format.fill.load("color");
      await context.sync();
      expect(props.value[0].map((cell) => cell.format?.fill)).toEqual([
        { color: "#FFFFFF", pattern: "None" },
        { color: "#FFFF00", pattern: "Solid" },
      ]);
      expect(mixed.color).toBeNull();
    });
  });

  it("keeps the cached result of a formula in values and the formula in formulas", async () => {
    const excel = excelWith([[3]]);
    excel.model.sheet("名单")!.setFormula(1, 1, "=1+2");
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("名单").getRange("A1").load("values,formulas");
      await context.sync();
      expect([range.values, range.formulas]).toEqual([[[3]], [["=1+2"]]]);
    });
  });

  it("stores text starting with = as text in a cell formatted as text", async () => {
    const excel = excelWith([["x"]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("名单").getRange("B1:C1");
      range.numberFormat = [["@", "General"]];
      range.values = [["=SUM(A1)", "=SUM(A1)"]];
    });
    const sheet = excel.model.sheet("名单")!;
    expect([sheet.value(1, 2), sheet.formula(1, 2), sheet.formula(1, 3)]).toEqual(["=SUM(A1)", undefined, "=SUM(A1)"]);
  });

  it("counts syncs and request bytes, including written values", async () => {
    const excel = excelWith([["x"]]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("名单").getRange("A2").values = [["一".repeat(1000)]];
      await context.sync();
      context.workbook.worksheets.getItem("名单").getRange("A3").values = [["y"]];
      await context.sync();
    });
    expect(excel.model.stats.syncs).toBe(2);
    expect(excel.model.stats.requestBytes[0]).toBeGreaterThan(3000);
    expect(excel.model.stats.requestBytes[1]).toBeLessThan(300);
  });
});

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

describe("in-memory Excel: data validation and frozen panes", () => {
  it("stores a rule, prompt and alert per cell, readable only after load and sync", async () => {
    const excel = excelWith([["金额"]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("名单").getRange("A2:A4");
      range.dataValidation.rule = { decimal: { formula1: 0, formula2: 20000, operator: "Between" } };
      range.dataValidation.prompt = { showPrompt: true, title: "金额", message: "填数字" };
      range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "金额有误", message: "0 到 20,000" };
      const type = range.dataValidation.load("type");
      expect(() => type.type).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(type.type).toBe("Decimal");
      const mixed = context.workbook.worksheets.getItem("名单").getRange("A3:A5").dataValidation.load("type,prompt");
      await context.sync();
      expect([mixed.type, mixed.prompt]).toEqual(["Inconsistent", null]);
    });
    const sheet = excel.model.sheet("名单")!;
    expect(sheet.validation(4, 1)).toMatchObject({ rule: { decimal: { formula2: 20000 } }, errorAlert: { style: "Stop" } });
    expect(sheet.validation(5, 1)).toBeUndefined();
  });

  it("clears only the range asked, refuses a rule of two kinds or an inline list over 255 characters", async () => {
    const excel = excelWith([["类别"]]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("名单");
      sheet.getRange("A2:A5").dataValidation.rule = { list: { inCellDropDown: true, source: "甲,乙" } };
      sheet.getRange("A2:A3").dataValidation.clear();
    });
    expect([2, 3, 4, 5].map((row) => excel.model.sheet("名单")!.validation(row, 1)?.rule?.list?.source ?? null)).toEqual([null, null, "甲,乙", "甲,乙"]);
    const twoKinds = excel.run(async (context) => {
      context.workbook.worksheets.getItem("名单").getRange("B2").dataValidation.rule = {
        decimal: { formula1: 0, operator: "GreaterThan" },
        textLength: { formula1: 18, operator: "EqualTo" },
      };
    });
    expect(await codeOf(twoKinds)).toBe("InvalidArgument");
    const long = excel.run(async (context) => {
      context.workbook.worksheets.getItem("名单").getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: "类".repeat(256) } };
    });
    expect(await codeOf(long)).toBe("InvalidArgument");
  });

  it("refuses validation on a protected sheet and freezes top rows", async () => {
    const excel = excelWith([["a"]]);
    await excel.run(async (context) => context.workbook.worksheets.getItem("名单").freezePanes.freezeRows(3));
    expect(excel.model.sheet("名单")!.frozenRows).toBe(3);
    excel.model.sheet("名单")!.protection = { protected: true, allowFormatCells: true };
    const denied = excel.run(async (context) => context.workbook.worksheets.getItem("名单").getRange("A2").dataValidation.clear());
    expect(await codeOf(denied)).toBe("AccessDenied");
  });
});

describe("in-memory Excel: the workbook and calls outside Excel.run", () => {
  it("gives Workbook.name only after load and sync", async () => {
    const excel = excelWith([["x"]]);
    const name = await excel.run(async (context) => {
      const workbook = context.workbook.load("name");
      expect(() => workbook.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      return workbook.name;
    });
    expect(name).toBe(excel.model.fileName);
  });

  it("opens only a base64 .xlsx with createWorkbook, counting the call", async () => {
    const excel = excelWith([["x"]]);
    expect(await codeOf(excel.createWorkbook(Buffer.from("not a zip").toString("base64")))).toBe("InvalidArgument");
    expect(await codeOf(excel.createWorkbook("@@@"))).toBe("InvalidArgument");
    const document = await excel.documentBytes();
    await excel.createWorkbook(Buffer.from(document).toString("base64"));
    expect(excel.model.createdWorkbooks).toEqual([document]);
    expect(excel.model.stats.otherCalls).toEqual(["createWorkbook", "createWorkbook", "getFileAsync", "createWorkbook"]);
    expect(excel.model.stats.syncs).toBe(0);
  });
});

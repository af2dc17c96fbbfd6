import { writeAnnotatedPackage } from "../../../../src/adapters/xlsx/package/annotate-package";
import { collectBytes } from "../../../../src/adapters/xlsx/package/new-workbook";
import { readZipRecords } from "../../../../src/adapters/xlsx/package/zip-records";
import { checkRosterSheets } from "../../../../src/adapters/xlsx/check-roster-sheets";
import { openWorkbookFile } from "../../../../src/adapters/xlsx/workbook-file";
import { checkWorkbookStream } from "../../../../src/adapters/xlsx/check-workbook";
import { SONGWENNUAN_TEMPLATE } from "../../../../src/core/template/songwennuan";
import { loadXlsx, xlsxBytes } from "../workbook-files";
import { partOf, withPartEdited } from "./package-files";

async function roster(): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const sheet = wb.addWorksheet("名单");
    sheet.addRow(["地区", "姓名", "身份证号", "金额（元）"]);
    sheet.addRow(["哈密市", "张三", "11010519491231002X", 1500]);
    sheet.addRow(["哈密市", null, "440524188001010014", 200]);
    sheet.getCell("A1").note = "表头说明：按乡镇填写";
    sheet.getCell("C3").note = "原有批注";
    wb.addWorksheet("分地区汇总").getCell("A1").value = "经办人自己的汇总";
    wb.addWorksheet("附件").getCell("B2").value = 42;
  });
}

async function annotated(bytes: Uint8Array) {
  const result = await checkWorkbookStream(bytes, "名单.xlsx", SONGWENNUAN_TEMPLATE);
  let written: ReturnType<typeof writeAnnotatedPackage> | undefined;
  const copy = collectBytes((sink) => (written = writeAnnotatedPackage(bytes, "名单.xlsx", result, SONGWENNUAN_TEMPLATE, sink)));
  return { result, copy, written: written! };
}

describe("writeAnnotatedPackage", () => {
  it("copies every part it has no reason to change with the same compressed bytes, in the same order", async () => {
    const bytes = await roster();
    const { copy } = await annotated(bytes);
    // The root rels gain the copy's marker (docProps/custom.xml, new): what a 校验副本 is, said inside it.
    const changed = new Set(["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"]);
    const before = readZipRecords(bytes, "a");
    const after = new Map(readZipRecords(copy, "b").map((record) => [record.name, record]));
    const kept = before.filter((record) => !changed.has(record.name));
    expect(kept.map((record) => record.name)).toEqual(expect.arrayContaining(["xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/theme/theme1.xml"]));
    for (const record of kept) {
      expect({ name: record.name, same: Buffer.from(after.get(record.name)!.data).equals(Buffer.from(record.data)) }).toEqual({ name: record.name, same: true });
    }
    expect([...after.keys()].slice(0, before.length)).toEqual(before.map((record) => record.name));
  });

  it("marks several checked sheets, each with notes of its own whose drawings number their shapes apart", async () => {
    const bytes = await xlsxBytes((wb) => {
      for (const town of ["清源镇", "城关镇"]) {
        const sheet = wb.addWorksheet(town);
        sheet.addRow(["地区", "姓名", "身份证号", "金额（元）"]);
        sheet.addRow([town, null, "11010519491231002X", 1500]);
      }
    });
    const results = (await checkRosterSheets(await openWorkbookFile(bytes, "县.xlsx"), SONGWENNUAN_TEMPLATE)).checked;
    let written: ReturnType<typeof writeAnnotatedPackage> | undefined;
    const copy = collectBytes((sink) => (written = writeAnnotatedPackage(bytes, "县.xlsx", results, SONGWENNUAN_TEMPLATE, sink)));
    expect(written!.flagged).toEqual(new Map([["清源镇", new Set(["B2"])], ["城关镇", new Set(["B2"])]]));
    const idmaps = ["xl/drawings/vmlDrawing1.vml", "xl/drawings/vmlDrawing2.vml"].map((path) => /<o:idmap v:ext="edit" data="(\d+)"/.exec(partOf(copy, path))?.[1]);
    expect(new Set(idmaps).size).toBe(2);
    const workbook = await loadXlsx(copy);
    for (const town of ["清源镇", "城关镇"]) expect(JSON.stringify(workbook.getWorksheet(town)!.getCell("B2").note)).toContain("姓名");
    const issues = workbook.getWorksheet("校验结果")!.getSheetValues() as unknown[][];
    expect(issues.slice(2).map((row) => `${row[2]}!${row[3]}`)).toEqual(["清源镇!B2", "城关镇!B2"]);
  });

  it("keeps the clerk's notes: one on an unflagged cell as it was, one on a flagged cell ahead of ours", async () => {
    const bytes = await roster();
    const { copy, result } = await annotated(bytes);
    expect(result.issues.map((issue) => issue.cell)).toContain("B3");
    const sheet = (await loadXlsx(copy)).getWorksheet("名单")!;
    const text = (address: string) => {
      const note = sheet.getCell(address).note as { texts?: { text: string }[] } | string | undefined;
      return typeof note === "string" ? note : (note?.texts ?? []).map((run) => run.text).join("");
    };
    expect(text("A1")).toBe("表头说明：按乡镇填写");
    expect(text("B3")).toContain("姓名");
    expect(partOf(copy, "xl/comments1.xml")).toContain("表头说明：按乡镇填写");
  });

  it("never replaces a clerk's sheet named like a results sheet: 分地区汇总 stays and ours is 分地区汇总(2)", async () => {
    const { copy, written } = await annotated(await roster());
    expect(written.addedSheets).toEqual(["校验结果", "分地区汇总(2)"]);
    const workbook = await loadXlsx(copy);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["名单", "分地区汇总", "附件", "校验结果", "分地区汇总(2)"]);
    expect(workbook.getWorksheet("分地区汇总")!.getCell("A1").value).toBe("经办人自己的汇总");
    expect(workbook.getWorksheet("附件")!.getCell("B2").value).toBe(42);
  });

  it("adds the parts a caller passes (e.g. saved settings) with their content type", async () => {
    const bytes = await roster();
    const result = await checkWorkbookStream(bytes, "名单.xlsx", SONGWENNUAN_TEMPLATE);
    const copy = collectBytes((sink) =>
      writeAnnotatedPackage(bytes, "名单.xlsx", result, SONGWENNUAN_TEMPLATE, sink, {
        extraParts: [{ path: "customXml/report-settings.json", contentType: "application/json", content: '{"rules":{}}' }],
      }),
    );
    expect(partOf(copy, "customXml/report-settings.json")).toBe('{"rules":{}}');
    expect(partOf(copy, "[Content_Types].xml")).toContain('PartName="/customXml/report-settings.json" ContentType="application/json"');
    await expect(loadXlsx(copy)).resolves.toBeDefined();
  });

  it("refuses a sheet part cut short with a message naming the file, not a stack", async () => {
    const bytes = await roster();
    const result = await checkWorkbookStream(bytes, "名单.xlsx", SONGWENNUAN_TEMPLATE);
    const damaged = withPartEdited(bytes, "xl/worksheets/sheet1.xml", (xml) => xml.slice(0, xml.indexOf("</sheetData>")));
    expect(() => writeAnnotatedPackage(damaged, "名单.xlsx", result, SONGWENNUAN_TEMPLATE, () => {})).toThrow(
      expect.objectContaining({ name: "ReportError", code: "file-unreadable", messageZh: expect.stringContaining("名单.xlsx") }),
    );
  });
});

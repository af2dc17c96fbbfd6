import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeAnnotatedWorkbook } from "../../../../src/adapters/xlsx/annotate-workbook";
import { writeBlankWorkbook } from "../../../../src/adapters/xlsx/blank-workbook";
import { writeConsolidatedWorkbook } from "../../../../src/adapters/xlsx/consolidated-workbook";
import { withProductMarker } from "../../../../src/adapters/xlsx/package/marked-workbook";
import { collectBytes } from "../../../../src/adapters/xlsx/package/new-workbook";
import { readProductMarker } from "../../../../src/adapters/xlsx/package/product-marker";
import { writePublicWorkbook } from "../../../../src/adapters/xlsx/public-workbook";
import { blankFormSpec } from "../../../../src/core/blank-form/blank-form-spec";
import { Consolidation } from "../../../../src/core/consolidate/consolidation";
import { SONGWENNUAN_TEMPLATE } from "../../../../src/core/template/songwennuan";
import { convertWithLibreOffice } from "../../../support/libreoffice";
import { checkResult } from "../check-results";
import { loadXlsx, tempDir, xlsxBytes } from "../workbook-files";

jest.setTimeout(120_000);

async function roster(): Promise<Uint8Array> {
  return xlsxBytes((wb) => {
    const sheet = wb.addWorksheet("名单");
    sheet.addRow(["地区", "姓名", "身份证号", "金额（元）"]);
    sheet.addRow(["哈密市", "张三", "11010519491231002X", 1500]);
  });
}

const result = checkResult({ columns: { region: 1, name: 2, idNumber: 3, amount: 4 }, dataRowNumbers: [2], dataRows: 1 });

/** A workbook as WPS saves it: its own custom property already in docProps/custom.xml. */
function withWpsProperty(bytes: Uint8Array): Uint8Array {
  const parts = unzipSync(bytes);
  parts["docProps/custom.xml"] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property></Properties>',
  );
  parts["_rels/.rels"] = strToU8(
    strFromU8(parts["_rels/.rels"]).replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    ),
  );
  parts["[Content_Types].xml"] = strToU8(
    strFromU8(parts["[Content_Types].xml"]).replace(
      "</Types>",
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
    ),
  );
  return zipSync(parts);
}

describe("the marker every workbook the product writes carries", () => {
  it("says 校验副本 of the roster it was made from", async () => {
    const copy = writeAnnotatedWorkbook(await roster(), "城关区.xlsx", result, SONGWENNUAN_TEMPLATE);
    expect(await readProductMarker(copy)).toEqual({ kind: "checked-copy", source: "城关区.xlsx" });
    expect((await loadXlsx(copy)).worksheets[0].name).toBe("名单");
  });

  it("says 汇总 over the files it joined, and 公示名单 over what it lists", async () => {
    const consolidation = new Consolidation();
    consolidation.add("城关区.xlsx", result);
    const sources = [{ file: "城关区.xlsx", bytes: roster }];
    const consolidated = await writeConsolidatedWorkbook(consolidation.finish(), SONGWENNUAN_TEMPLATE, sources);
    expect(await readProductMarker(consolidated)).toEqual({ kind: "consolidated", source: "城关区.xlsx" });
    const publicList = collectBytes((sink) => writePublicWorkbook({ name: "公示名单", rows: [["姓名"], ["张三"]] }, sink, "城关区.xlsx、伊吾县.xlsx"));
    expect(await readProductMarker(publicList)).toEqual({ kind: "public-list", source: "城关区.xlsx、伊吾县.xlsx" });
    expect((await loadXlsx(publicList)).worksheets[0].getCell("A2").value).toBe("张三");
  });

  it("says 空白表 of its form, beside the settings saved in it", async () => {
    const blank = await writeBlankWorkbook(blankFormSpec(SONGWENNUAN_TEMPLATE, 5), new Date("2026-01-10T08:00:00Z"));
    expect(await readProductMarker(blank)).toEqual({ kind: "blank-form", source: SONGWENNUAN_TEMPLATE.name });
  });

  it("is absent from a clerk's own workbook, and keeps the custom properties WPS wrote while replacing its own", async () => {
    expect(await readProductMarker(await roster())).toBeNull();
    const fromWps = withWpsProperty(await roster());
    const blankFilled = withProductMarker(fromWps, { kind: "blank-form", source: "送温暖" });
    const copy = writeAnnotatedWorkbook(blankFilled, "城关区.xlsx", result, SONGWENNUAN_TEMPLATE);
    expect(await readProductMarker(copy)).toEqual({ kind: "checked-copy", source: "城关区.xlsx" });
    const custom = strFromU8(unzipSync(copy)["docProps/custom.xml"]);
    expect(custom).toContain("KSOProductBuildVer");
    expect(custom.match(/name="报表助手输出"/g)).toHaveLength(1);
    expect(new Set(custom.match(/pid="\d+"/g)).size).toBe(3);
  });

  it("survives LibreOffice opening the 汇总 and saving it again", async () => {
    const dir = tempDir();
    const consolidation = new Consolidation();
    consolidation.add("城关区.xlsx", result);
    const path = join(dir, "汇总.xlsx");
    writeFileSync(path, await writeConsolidatedWorkbook(consolidation.finish(), SONGWENNUAN_TEMPLATE, [{ file: "城关区.xlsx", bytes: roster }]));
    const saved = convertWithLibreOffice(path, "xlsx");
    expect(await readProductMarker(new Uint8Array(readFileSync(saved)))).toEqual({ kind: "consolidated", source: "城关区.xlsx" });
  });
});

import { join } from "node:path";
import { readFileSync, writeFileSync } from "node:fs";
import { writeAnnotatedPackage } from "../../../../src/adapters/xlsx/package/annotate-package";
import { collectBytes } from "../../../../src/adapters/xlsx/package/new-workbook";
import { readZipRecords } from "../../../../src/adapters/xlsx/package/zip-records";
import { checkWorkbookStream } from "../../../../src/adapters/xlsx/check-workbook";
import { SONGWENNUAN_TEMPLATE } from "../../../../src/core/template/songwennuan";
import { convertWithLibreOffice } from "../../../support/libreoffice";
import { tempDir, xlsxBytes } from "../workbook-files";
import { partOf, THREAD_PERSON_ID, THREAD_PLACEHOLDER, THREAD_ROOT_ID, withThreadedComment } from "./package-files";

jest.setTimeout(120_000);

/** A roster whose bad ID (C3) already carries a clerk's threaded comment. */
async function rosterWithThread(): Promise<Uint8Array> {
  const bytes = await xlsxBytes((wb) => {
    const sheet = wb.addWorksheet("名单");
    sheet.addRow(["地区", "姓名", "身份证号", "金额（元）"]);
    sheet.addRow(["哈密市", "张三", "11010519491231002X", 1500]);
    sheet.addRow(["哈密市", "李四", "44052418800101001", 200]);
    sheet.getCell("C3").note = "placeholder";
  });
  return withThreadedComment(bytes, "C3", "请核对身份证号");
}

async function annotated(bytes: Uint8Array): Promise<Uint8Array> {
  const result = await checkWorkbookStream(bytes, "名单.xlsx", SONGWENNUAN_TEMPLATE);
  expect(result.issues.map((issue) => issue.cell)).toContain("C3");
  return collectBytes((sink) => writeAnnotatedPackage(bytes, "名单.xlsx", result, SONGWENNUAN_TEMPLATE, sink));
}

describe("notes on a cell with a threaded comment", () => {
  it("are a reply in the thread, by 报表助手, where Excel 365 shows it; the legacy note mirrors it as Excel writes replies", async () => {
    const copy = await annotated(await rosterWithThread());
    const thread = partOf(copy, "xl/threadedComments/threadedComment1.xml");
    const replies = thread.match(/<threadedComment\b[^>]*parentId="[^"]*"[^>]*>[\s\S]*?<\/threadedComment>/g) ?? [];
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain(`ref="C3"`);
    expect(replies[0]).toContain(`parentId="${THREAD_ROOT_ID}"`);
    expect(replies[0]).toContain("身份证号");
    expect(thread).toContain("<text>请核对身份证号</text>");
    const person = /personId="(\{[0-9A-F-]+\})"/.exec(replies[0] ?? "")?.[1] ?? "";
    expect(person).not.toBe(THREAD_PERSON_ID);
    const persons = partOf(copy, "xl/persons/person.xml");
    expect(persons).toContain(`displayName="报表助手" id="${person}"`);
    expect(persons).toContain(`displayName="王会计" id="${THREAD_PERSON_ID}"`);

    const legacy = partOf(copy, "xl/comments1.xml");
    expect(legacy.match(/<comment ref="C3"/g)).toHaveLength(1);
    expect(legacy).toContain(`${THREAD_PLACEHOLDER}请核对身份证号`);
    expect(legacy).toMatch(/Reply:\n {4}[^<]*身份证号/);
  });

  it("gives a copy LibreOffice opens, showing the clerk's comment and our reply in the cell's note", async () => {
    const path = join(tempDir(), "线程批注副本.xlsx");
    writeFileSync(path, await annotated(await rosterWithThread()));
    const saved = new Uint8Array(readFileSync(convertWithLibreOffice(path, "xlsx")));
    const notes = readZipRecords(saved, "lo.xlsx").filter((record) => /^xl\/comments\d*\.xml$/.test(record.name)).map((record) => partOf(saved, record.name)).join("");
    // LibreOffice splits the text into runs by script: read it as the note shows it.
    const shown = notes.replace(/<[^>]+>/g, "").replace(/&#10;/g, "\n");
    expect(shown).toContain("Comment:\n    请核对身份证号\nReply:\n    身份证号");
  });
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadSummary, loadTemplate } from "../../../src/apps/cli/load-inputs-node";
import { ReportError } from "../../../src/core/errors";
import { renderParsedSummary } from "../../../src/core/summary/render-summary";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { checkRows, person } from "../../core/check/roster-fixture";
import { gbkBytes, tempDir } from "../../adapters/xlsx/workbook-files";

const dir = tempDir();

const RULES = JSON.stringify({
  fields: [{ key: "region", aliases: ["社区"] }],
  rules: { minimums: [{ level: "全总", minYuan: 1500 }, { level: "省总", minYuan: 1500 }] },
});

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const bytes = Buffer.from(`\ufeff${text}`, "utf16le");
  if (bigEndian) for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1], bytes[i]];
  return new Uint8Array(bytes);
}

const ENCODINGS: [string, (text: string) => Uint8Array][] = [
  ["UTF-8", (text) => new TextEncoder().encode(text)],
  ["UTF-8 with BOM", (text) => new TextEncoder().encode(`\ufeff${text}`)],
  ["UTF-16 LE with BOM", (text) => utf16(text, false)],
  ["UTF-16 BE with BOM", (text) => utf16(text, true)],
  ["GBK (Notepad's ANSI)", gbkBytes],
];

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

async function refusal(action: Promise<unknown>): Promise<ReportError> {
  try {
    await action;
  } catch (error) {
    if (error instanceof ReportError) return error;
    throw error;
  }
  throw new Error("expected a ReportError");
}

describe("--rules files", () => {
  it.each(ENCODINGS)("reads one saved as %s: its 全总 minimum applies and its alias is added", async (name, encode) => {
    const template = await loadTemplate(SONGWENNUAN_TEMPLATE, file(`rules-${name}.json`, encode(RULES)));
    expect(template.rules.minimums).toEqual([{ level: "全总", minYuan: 1500 }, { level: "省总", minYuan: 1500 }]);
    expect(template.fields.find((field) => field.key === "region")!.aliases).toContain("社区");
    expect(checkRows([person({ amount: 1200 })], template).issues.map((issue) => issue.code)).toEqual(["amount-below-minimum"]);
  });

  it("refuses a file that decodes to garbage, naming the encoding it was read in", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"rules":{"minimums":[{"level":"'), 0xff, 0xfe, 0x80, ...new TextEncoder().encode('","minYuan":1500}]}}')]);
    const error = await refusal(loadTemplate(SONGWENNUAN_TEMPLATE, file("garbled.json", bytes)));
    expect(error.code).toBe("rules-invalid");
    expect(error.messageZh).toContain('按 GB18030 编码读出的第33个字符（“:[{"level":"”之后）是乱码');
    expect(error.messageZh).toContain("编码选 UTF-8");
  });

  it("refuses a UTF-8 file that holds garbage copied from elsewhere, saying to correct the text", async () => {
    const error = await refusal(loadTemplate(SONGWENNUAN_TEMPLATE, file("pasted.json", new TextEncoder().encode('{"rules":{"minimums":[{"level":"ȫ��","minYuan":1500}]}}'))));
    expect(error.messageZh).toContain('按 UTF-8 编码读出的第34个字符（“[{"level":"ȫ”之后）是乱码');
    expect(error.messageZh).toContain("文件本身含有乱码字符");
  });

  it("refuses UTF-16 without its byte-order mark", async () => {
    const error = await refusal(loadTemplate(SONGWENNUAN_TEMPLATE, file("utf16-nobom.json", new Uint8Array(Buffer.from(RULES, "utf16le")))));
    expect(error.messageEn).toContain("read as UTF-8 has garbage at character 2");
  });
});

describe("--template files", () => {
  const TEMPLATE = "本次共慰问{户数}户，发放慰问金{金额万元}万元。";

  it.each(ENCODINGS)("reads one saved as %s", async (name, encode) => {
    const summary = await loadSummary(SONGWENNUAN_TEMPLATE, file(`summary-${name}.txt`, encode(TEMPLATE)));
    expect(renderParsedSummary(summary, checkRows([person({ amount: 1000 })])).text).toBe("本次共慰问1户，发放慰问金0.1万元。");
  });

  it("refuses one that decodes to garbage", async () => {
    const error = await refusal(loadSummary(SONGWENNUAN_TEMPLATE, file("garbled.txt", new Uint8Array([0xb1, 0xbe, 0xff, 0x41]))));
    expect(error.code).toBe("summary-template-invalid");
    expect(error.messageZh).toContain("总结模板");
    expect(error.messageZh).toContain("GB18030");
  });
});

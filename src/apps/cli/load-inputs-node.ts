import { summaryDimensions } from "../../core/summary/summary-dimensions";
import { readFile, stat } from "node:fs/promises";
import { JSON_LIMITS } from "../../core/template/json-limits";
import { decodeText, garbageAt } from "../../adapters/xlsx/decode-text";
import { ReportError } from "../../core/errors";
import { parsePack } from "../../core/template/load-pack";
import { applyRuleOverrides } from "../../core/template/load-template";
import type { Pack } from "../../core/template/pack-schema";
import type { Template } from "../../core/template/schema";
import { parseSummaryTemplate, type ParsedSummary } from "../../core/summary/parse-summary-template";

type TextFileKind = { readonly code: "rules-invalid" | "summary-template-invalid" | "template-invalid"; readonly zh: string; readonly en: string };

const RULES_FILE: TextFileKind = { code: "rules-invalid", zh: "规则文件", en: "rules file" };
const SUMMARY_FILE: TextFileKind = { code: "summary-template-invalid", zh: "总结模板", en: "summary template" };
const PACK_FILE: TextFileKind = { code: "template-invalid", zh: "模板包", en: "template pack" };

/** The template with the clerk's --rules applied; a bad file fails before the roster is read. */
export async function loadTemplate(base: Template, rulesPath: string | undefined): Promise<Template> {
  if (rulesPath === undefined) return base;
  return applyRuleOverrides(base, await readJson(rulesPath, RULES_FILE));
}

/** A province's own pack (--form 模板.json), checked key by key before any roster is read. */
export async function loadPackFile(path: string): Promise<Pack> {
  return parsePack(await readPackJson(path));
}

/** A pack file's JSON, not yet judged (report forms --check lints it). */
export function readPackJson(path: string): Promise<unknown> {
  return readJson(path, PACK_FILE);
}

async function readJson(path: string, kind: TextFileKind): Promise<unknown> {
  const text = await readText(path, kind);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ReportError(
      kind.code,
      `${kind.zh}“${path}”不是有效的 JSON：${(error as Error).message}`,
      `The ${kind.en} "${path}" is not valid JSON: ${(error as Error).message}`,
    );
  }
}

/** The summary paragraph template (--template, else the template's default), parsed up front so an unknown placeholder fails fast. */
export async function loadSummary(template: Template, summaryPath: string | undefined): Promise<ParsedSummary> {
  const text = summaryPath === undefined ? template.summaries[0].text : await readText(summaryPath, SUMMARY_FILE);
  return parseSummaryTemplate(text.trim(), summaryDimensions(template));
}

/**
 * Decoded like a CSV (UTF-8 with or without BOM, UTF-16 with BOM, GBK), since clerks save these
 * in Notepad too. Text that still decodes to garbage is refused: read as it is, a garbled 全总 in
 * the minimum table would switch that minimum off without a word.
 */
async function readText(path: string, kind: TextFileKind): Promise<string> {
  let bytes: Uint8Array;
  try {
    // The size before the bytes: a pack, rules or summary is small (json-limits.ts); a device or a huge file is not read.
    const info = await stat(path);
    if (!info.isFile() || info.size > JSON_LIMITS.fileBytes) {
      const what = info.isFile() ? { zh: `有 ${info.size} 字节，超过上限 ${JSON_LIMITS.fileBytes} 字节`, en: `is ${info.size} bytes, over the ${JSON_LIMITS.fileBytes}-byte limit` } : { zh: "不是普通文件", en: "is not a regular file" };
      throw new ReportError(kind.code, `${kind.zh}“${path}”${what.zh}，未读取`, `The ${kind.en} "${path}" ${what.en}; not read`);
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ReportError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "找不到文件" : (error as Error).message;
    throw new ReportError(kind.code, `无法读取${kind.zh}“${path}”：${reason}`, `Cannot read the ${kind.en} "${path}": ${(error as Error).message}`);
  }
  const { text, encoding } = decodeText(bytes);
  const at = garbageAt(text);
  if (at < 0) return text;
  const after = text.slice(Math.max(0, at - 12), at).replace(/\s+/g, " ");
  // Valid UTF-8 holding garbage was pasted from somewhere already garbled: saving again would not help.
  const [fixZh, fixEn] =
    encoding === "UTF-8"
      ? ["文件本身含有乱码字符（多半是从显示乱码的地方复制来的），请改正这里的文字后再试。", "the file itself holds garbled characters (probably copied from somewhere already garbled): correct the text there and try again."]
      : ["请用记事本打开，“另存为”时编码选 UTF-8，再重试。", 'open it in Notepad, "Save as" with encoding UTF-8, and try again.'];
  throw new ReportError(
    kind.code,
    `${kind.zh}“${path}”按 ${encoding} 编码读出的第${at + 1}个字符（“${after}”之后）是乱码：${fixZh}`,
    `The ${kind.en} "${path}" read as ${encoding} has garbage at character ${at + 1} (after "${after}"): ${fixEn}`,
  );
}

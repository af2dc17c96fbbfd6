import { JSON_LIMITS } from "../../../core/template/json-limits";
import { readPack } from "../../../core/template/load-pack";
import type { Pack } from "../../../core/template/pack-schema";
import type { TemplateProblem } from "../../../core/template/template-problems";

/** A province's pack file as the clerk picked it: the pack, or every problem with it, each at its JSON path. */
export async function readPackFile(file: Blob, fileName: string): Promise<{ pack: Pack } | { problems: readonly TemplateProblem[] }> {
  if (file.size > JSON_LIMITS.fileBytes) {
    return {
      problems: [
        { path: fileName, zh: `有 ${file.size} 字节，超过上限 ${JSON_LIMITS.fileBytes} 字节，未读取`, en: `${file.size} bytes, over the ${JSON_LIMITS.fileBytes}-byte limit; not read` },
      ],
    };
  }
  const text = await blobText(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      problems: [
        {
          path: fileName,
          zh: "不是有效的 JSON 文件，请用导出的 .json 模板修改后再导入",
          en: "Not a valid JSON file; edit an exported .json template and import that",
        },
      ],
    };
  }
  const reading = readPack(json);
  return reading.pack === null ? { problems: reading.problems } : { pack: reading.pack };
}

/** FileReader, not Blob.text(): older Office webviews lack the latter. */
function blobText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file, "utf-8");
  });
}

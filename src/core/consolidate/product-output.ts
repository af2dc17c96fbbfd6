import { maskNumberRuns } from "../format/mask";

/**
 * What a workbook the product wrote says about itself (a custom document property, so it survives
 * Excel, WPS and LibreOffice saving it again): its kind and what it was made from. Among the files
 * of a consolidation, the product's own 汇总 and 公示名单 are results, never submissions.
 */
export type ProductOutputKind = "checked-copy" | "consolidated" | "public-list" | "blank-form";

export interface ProductMarker {
  readonly kind: ProductOutputKind;
  /** The roster a copy was made from, the files a 汇总 joined, the form a 空白表 is of. */
  readonly source: string;
}

export const PRODUCT_OUTPUT_NAMES: Readonly<Record<ProductOutputKind, { readonly zh: string; readonly en: string }>> = {
  "checked-copy": { zh: "校验副本", en: "checked copy" },
  consolidated: { zh: "汇总工作簿", en: "consolidated workbook" },
  "public-list": { zh: "公示名单", en: "public list" },
  "blank-form": { zh: "空白表", en: "blank form" },
};

/** The product's own 汇总 or 公示名单: a result of a consolidation, never one of its submissions. */
export function isProductResult(marker: ProductMarker | null | undefined): boolean {
  return marker?.kind === "consolidated" || marker?.kind === "public-list";
}

/** A file left out of a consolidation, and why. */
export interface SkippedFile {
  readonly file: string;
  /** unreadable: the consolidation is incomplete without it; own-output: a result the product wrote, never a submission. */
  readonly why: "unreadable" | "own-output";
  readonly reasonZh: string;
  readonly reasonEn: string;
}

/**
 * Why a marked file is not a submission, or null when it is one: a 汇总 or 公示名单 always, a
 * 校验副本 when its original is among the files (a copy alone is the unit's roster, sent as it
 * was marked), a 空白表 never (one that came back filled is a submission like any other).
 */
export function ownOutputSkip(file: string, marker: ProductMarker | null | undefined, files: readonly string[]): SkippedFile | null {
  if (!marker) return null;
  const { zh, en } = PRODUCT_OUTPUT_NAMES[marker.kind];
  if (isProductResult(marker)) {
    return {
      file,
      why: "own-output",
      reasonZh: `本助手写出的${zh}（由 ${marker.source} 生成），不是上报名单，未计入`,
      reasonEn: `a ${en} this product wrote (from ${marker.source}), not a submission; not counted`,
    };
  }
  if (marker.kind === "checked-copy" && files.some((other) => other !== file && maskNumberRuns(baseName(other)) === marker.source)) {
    return {
      file,
      why: "own-output",
      reasonZh: `“${marker.source}”的${zh}，原表已在其中，未重复计入`,
      reasonEn: `the ${en} of "${marker.source}", whose original is among the files; not counted twice`,
    };
  }
  return null;
}

/** A file the run could not use: named, with the reason, and the consolidation marked incomplete. */
export function unreadableFile(file: string, reasonZh: string, reasonEn: string): SkippedFile {
  return { file, why: "unreadable", reasonZh, reasonEn };
}

/** The files a consolidation is missing: only the unreadable ones (the product's own outputs never belonged). */
export function missingFiles(skipped: readonly SkippedFile[]): SkippedFile[] {
  return skipped.filter((file) => file.why === "unreadable");
}

/** One line said wherever the consolidated figures are: which files they leave out. */
export function incompleteNote(skipped: readonly SkippedFile[]): { zh: string; en: string } | null {
  const missing = missingFiles(skipped);
  if (missing.length === 0) return null;
  const names = missing.map((file) => file.file);
  return {
    zh: `汇总不完整：不含 ${missing.length} 个未能校验的文件（${names.join("、")}），以上数字不含这些文件。`,
    en: `Incomplete: ${missing.length} file(s) that could not be checked are left out (${names.join(", ")}); the figures above exclude them.`,
  };
}

/** A path's last part, whichever separator it uses (a copy's source is the original's file name). */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
}

/** Past this many names a 汇总's source says how many more: a property is a line, not a register. */
const SOURCES_NAMED = 20;

/** What a workbook over several files was made from, as its marker says it. */
export function sourcesText(files: readonly string[]): string {
  const unique = [...new Set(files)];
  const named = unique.slice(0, SOURCES_NAMED).join("、");
  return unique.length > SOURCES_NAMED ? `${named} 等 ${unique.length} 个文件` : named;
}

/** The summary sentence as a clerk copies it: with what it leaves out, when it leaves a file out. */
export function withIncompleteNote<S extends { readonly text: string }>(summary: S, skipped: readonly SkippedFile[]): S {
  const note = incompleteNote(skipped);
  return note === null ? summary : { ...summary, text: `${summary.text}（${note.zh.replace(/，以上数字不含这些文件。$/, "")}）` };
}

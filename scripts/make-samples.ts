/**
 * Writes assets/samples/songwennuan-hami.xlsx (clean, the seed's 哈密 figures) and
 * songwennuan-hami-defects.xlsx (the same with planted defects), and the four units' submissions
 * (submissions/, and submissions-duplicate/ with one person paid twice), and for each other pack
 * in assets/templates a clean sample and its defects copy, and the 档案表 of the 哈密 roster
 * (archive-register-hami.xlsx: planted disagreements and families not reached). Run: npm run samples.
 * The defects are listed in assets/samples/README.md; tests/samples checks both files.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { hamiRegister, registerWorkbookBytes } from "./samples/hami-register";
import { BANGFU_SAMPLE } from "./samples/bangfu-roster";
import { hamiRoster } from "./samples/hami-roster";
import { JINQIU_SAMPLE } from "./samples/jinqiu-roster";
import { KUNNAN_SAMPLE } from "./samples/kunnan-roster";
import { LAOMO_SAMPLE } from "./samples/laomo-roster";
import { packWorkbookBytes, plantPackDefects, type PlantedPackDefect } from "./samples/pack-sample";
import { plantDefects } from "./samples/planted-defects";
import { YILIAO_SAMPLE } from "./samples/yiliao-roster";
import { layOutSheet } from "./samples/sheet-layout";
import { submissionFiles, submissionFilesWithDuplicate, writeSubmissions } from "./samples/submissions";
import { sampleWorkbookBytes } from "./samples/write-workbook";

async function main(): Promise<void> {
  const outDir = join(process.argv[2] ?? "assets/samples");
  const clean = layOutSheet(hamiRoster());
  const { sheet: spoiled, defects } = plantDefects(clean);
  writeFileSync(join(outDir, "songwennuan-hami.xlsx"), await sampleWorkbookBytes(clean));
  writeFileSync(join(outDir, "songwennuan-hami-defects.xlsx"), await sampleWorkbookBytes(spoiled));
  await writeSubmissions(join(outDir, "submissions"), await submissionFiles());
  const { files, duplicate } = await submissionFilesWithDuplicate();
  await writeSubmissions(join(outDir, "submissions-duplicate"), files);
  console.log(`已写入 / written: ${outDir}/songwennuan-hami.xlsx, songwennuan-hami-defects.xlsx, submissions/, submissions-duplicate/`);
  console.log(`submissions-duplicate: 04-伊吾县.csv 的最后一户与 02-哈密市.xlsx 的 ${duplicate.name} 是同一人 / is the same person`);
  printDefects(defects);
  const register = hamiRegister(clean);
  writeFileSync(join(outDir, "archive-register-hami.xlsx"), await registerWorkbookBytes(register));
  console.log(`\narchive-register-hami.xlsx: 在档 ${register.registered} 户（表中地区），未慰问 ${register.unreached} 户，另有 ${register.outside} 户在十三师`);
  printDefects(register.planted.map((p) => ({ ...p, row: 0, changedCells: [] })));
  for (const sample of [JINQIU_SAMPLE, LAOMO_SAMPLE, KUNNAN_SAMPLE, YILIAO_SAMPLE, BANGFU_SAMPLE]) {
    const spoiled = plantPackDefects(sample);
    writeFileSync(join(outDir, `${sample.stem}.xlsx`), await packWorkbookBytes(sample, sample.rows));
    writeFileSync(join(outDir, `${sample.stem}-defects.xlsx`), await packWorkbookBytes(sample, spoiled.rows));
    console.log(`\n${sample.stem}.xlsx, ${sample.stem}-defects.xlsx (${sample.packId}):`);
    printDefects(spoiled.defects);
  }
}

/** The table assets/samples/README.md lists the planted defects in. */
function printDefects(defects: readonly PlantedPackDefect[]): void {
  console.log("| 单元格 cell | 代码 code | 级别 | 说明 |\n|---|---|---|---|");
  for (const d of defects) console.log(`| ${d.cell} | \`${d.code}\` | ${d.severity === "error" ? "错误" : "提示"} | ${d.description}${d.changedCells.length === 0 || d.changedCells.includes(d.cell) ? "" : `（改动的是 ${d.changedCells.join("、")}）`} |`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

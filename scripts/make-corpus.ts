/**
 * Writes assets/corpus: awkward workbooks real clerks send (two-row headers, hidden rows,
 * formulas, a cell on row 1,048,576, encrypted and old .xls files, CSV in GBK…). Run: npm run corpus.
 * tests/corpus says what the checker must make of each.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS } from "./corpus/cases";

async function main(): Promise<void> {
  const outDir = process.argv[2] ?? "assets/corpus";
  for (const { file, build } of CORPUS) writeFileSync(join(outDir, file), await build());
  console.log(`已写入 / written ${CORPUS.length} files to ${outDir}: ${CORPUS.map((c) => c.file).join(", ")}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

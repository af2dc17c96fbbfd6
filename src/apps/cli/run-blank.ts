import { blankFormSpec } from "../../core/blank-form/blank-form-spec";
import { namedForm } from "./choose-form-node";
import { loadTemplate } from "./load-inputs-node";
import type { BlankCommand } from "./parse-args";
import { refuseUnusableOutputs, writeOutputFile } from "./output-file-node";

/** `report blank`: writes the form's blank workbook (下发) and says what it holds. */
export async function runBlank(command: BlankCommand): Promise<number> {
  refuseUnusableOutputs([{ option: "--out", path: command.out }], command.force);
  const template = await loadTemplate((await namedForm(command.form)).template, command.rules);
  const spec = blankFormSpec(template, command.rows);
  const { writeBlankWorkbook } = await import("../../adapters/xlsx/blank-workbook");
  const bytes = await writeBlankWorkbook(spec, new Date());
  writeOutputFile(command.out, (sink) => sink(bytes), undefined, { replace: command.force });
  const validated = spec.columns.filter((column) => column.validation !== null).length;
  const text = spec.columns.filter((column) => column.textFormat).map((column) => column.header);
  process.stdout.write(
    `已生成空白表“${command.out}”：${spec.title}，${spec.columns.length} 列，${command.rows} 行空白；` +
      `${validated} 列带填写规则（下拉、金额范围、位数），${text.join("、")}为文本格式；附“${spec.instructionsSheet}”。\n`,
  );
  return 0;
}

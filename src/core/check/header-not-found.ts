import { ReportError } from "../errors";
import type { CompiledTemplate } from "../template/compile-template";
import { HEADER_WINDOW } from "./header-window";

/** Names the sheet and every header the clerk could use for each column the header needs. */
export function headerNotFound(compiled: CompiledTemplate, sheet: string): ReportError {
  const expected = compiled.headerFields.map((key) => {
    const spec = compiled.fields.find((field) => field.key === key);
    return spec === undefined ? key : `${spec.label}（${spec.aliases.join("/")}）`;
  });
  return new ReportError(
    "header-not-found",
    `工作表“${sheet}”前${HEADER_WINDOW}行中找不到表头：表头须同时包含 ${expected.join("、")}。`,
    `No header in the first ${HEADER_WINDOW} rows of sheet "${sheet}": a header needs all of ${expected.join(", ")}.`,
  );
}

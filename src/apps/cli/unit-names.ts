import { ReportError } from "../../core/errors";

/**
 * The 填报单位 a clerk gives on the command line (--unit 名称=单位), before consolidating: a file
 * named by what it sends is corrected without renaming it. 名称 is a file as the report names it
 * (02-哈密市.xlsx, or without its extension) for every roster sheet of it, or 文件!工作表 for one
 * sheet (Excel's own way to name a sheet), which wins over the file's.
 */
export class UnitNames {
  private readonly byName = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(options: readonly string[]) {
    for (const option of options) {
      const at = option.lastIndexOf("=");
      const name = option.slice(0, Math.max(at, 0)).trim();
      const unit = option.slice(at + 1).trim();
      if (at <= 0 || name === "" || unit === "") {
        throw new ReportError(
          "usage",
          `--unit 应写成 文件名=单位名 或 文件名!工作表=单位名：${option}（运行 report --help 查看用法）`,
          `--unit takes FILE=UNIT or FILE!SHEET=UNIT: ${option} (run report --help for usage)`,
        );
      }
      this.byName.set(name, unit);
    }
  }

  /** The unit the clerk gave for this sheet of `file` (its label in the report), or undefined. */
  unitFor(file: string, sheet: string): string | undefined {
    const bare = file.replace(/\.[^./\\]*$/, "");
    for (const name of [`${file}!${sheet}`, `${bare}!${sheet}`, file, bare]) {
      const unit = this.byName.get(name);
      if (unit !== undefined) {
        this.used.add(name);
        return unit;
      }
    }
    return undefined;
  }

  /** A --unit naming no file or sheet checked would be silently ignored: refuse it, listing what was checked. */
  refuseUnused(checked: readonly { readonly file: string; readonly sheet: string }[]): void {
    const unused = [...this.byName.keys()].filter((name) => !this.used.has(name));
    if (unused.length === 0) return;
    const places = [...new Set(checked.map(({ file, sheet }) => `${file}!${sheet}`))].slice(0, 10);
    throw new ReportError(
      "usage",
      `--unit 指定的“${unused.join("、")}”不是校验过的文件或工作表；校验过的有：${places.join("、")}。`,
      `--unit names "${unused.join(", ")}", which is no file or sheet checked; checked were: ${places.join(", ")}.`,
    );
  }
}

import { parseArgs } from "node:util";
import { ReportError } from "../../core/errors";

export interface CheckCommand {
  /** The first file or folder named; `files` has them all. */
  readonly file: string;
  readonly files: readonly string[];
  /** The first --sheet; `sheets` has every one given. */
  readonly sheet?: string;
  readonly sheets: readonly string[];
  readonly json: boolean;
  readonly out?: string;
  readonly publicOut?: string;
  readonly rules?: string;
  readonly summaryTemplate?: string;
}

export type CliCommand = { readonly kind: "help" } | ({ readonly kind: "check" } & CheckCommand);

export const USAGE = `用法 / usage:
  report check <名单.xlsx|名单.csv|文件夹> ... [选项]
  （多个文件或文件夹：逐份校验后汇总，查跨单位重复慰问，按填报单位出统计表）

选项 / options:
  --sheet 名称          只校验指定的工作表，可写多次（默认：每个能识别表头的工作表）
  --json                只输出一个 JSON 对象（供其他程序使用）
  --out 文件.xlsx       另存一份标注副本：问题单元格填色并加批注，附“校验结果”“分地区汇总”两表
                        汇总多份名单时：新的汇总工作簿（汇总名册、校验结果、统计表、各单位核对）
  --public 文件.xlsx    另存公示版：只含地区、单位、姓名、脱敏身份证号、金额
  --rules 规则.json     用本单位的规则（建档要求、最低金额等）覆盖内置规则
  --template 总结.txt   用自己的总结段落模板（占位符见 README）
  -h, --help            显示本说明

退出码 / exit code: 0 无错误，1 发现错误，2 无法使用的输入`;

/** The command line as a command, or ReportError("usage") saying what is wrong with it. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        sheet: { type: "string", multiple: true },
        json: { type: "boolean", default: false },
        out: { type: "string" },
        public: { type: "string" },
        rules: { type: "string" },
        template: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw usageError(`参数有误：${(error as Error).message}`, `bad arguments: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  const [command, ...files] = positionals;
  if (command !== "check") {
    throw usageError(command ? `未知命令“${command}”，目前只有 check` : "缺少命令 check", command ? `unknown command "${command}"; the only one is check` : "missing the command check");
  }
  if (files.length === 0) throw usageError("缺少要校验的文件", "missing the file to check");
  const sheets = values.sheet ?? [];
  return {
    kind: "check",
    file: files[0],
    files,
    sheet: sheets[0],
    sheets,
    json: values.json,
    out: values.out,
    publicOut: values.public,
    rules: values.rules,
    summaryTemplate: values.template,
  };
}

function usageError(zh: string, en: string): ReportError {
  return new ReportError("usage", `${zh}（运行 report --help 查看用法）`, `${en} (run report --help for usage)`);
}

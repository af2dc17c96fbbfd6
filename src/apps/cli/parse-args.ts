import { parseArgs } from "node:util";
import { DEFAULT_BLANK_ROWS, MAX_BLANK_ROWS } from "../../core/blank-form/blank-form-spec";
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
  /** --report 报告.docx: the 活动总结 as a Word document (built in, or --report-template filled). */
  readonly report?: string;
  /** --report-template 范文.docx: the clerk's own Word template, its placeholders filled. */
  readonly reportTemplate?: string;
  /** --stats 统计表.xlsx: each form's 统计表 in the report's layout, a sheet per form. */
  readonly stats?: string;
  /** --unit-name 哈密市总工会: the unit the report is sent by (its 落款 and title); without it the 落款 is 【请填写：填报单位】. */
  readonly unitName?: string;
  /** A form's name or a pack file; without it the form is read from the header. */
  readonly form?: string;
  /** Every --unit 名称=单位 given (unit-names.ts). */
  readonly units: readonly string[];
  /** --use-saved-settings: a workbook's saved form or rules are used even where they check less (received-settings.ts). */
  readonly useSavedSettings: boolean;
  /** Every --register 档案表 given: archive numbers are checked against them and the 未慰问在档户 listed. */
  readonly registers: readonly string[];
  /** Which 在档 families count: those of the 地区/单位 the rosters cover (default), or all. */
  readonly registerScope: "covered" | "all";
  /** A consolidation goes on without the files it could not check, saying so in every output (else exit 2). */
  readonly allowIncomplete: boolean;
  /** Replace an existing --out/--public/--report file; without it an existing file is refused. */
  readonly force: boolean;
}

export interface BlankCommand {
  /** A built-in form's name (see builtin-forms.ts). */
  readonly form: string;
  readonly out: string;
  readonly rows: number;
  readonly rules?: string;
  /** Replace `out` if it exists; without it an existing file is refused. */
  readonly force: boolean;
}

export interface FormsCommand {
  /** A pack file to lint. */
  readonly check?: string;
  /** A roster to draft a pack from, written to `out`. */
  readonly from?: string;
  readonly sheet?: string;
  readonly out?: string;
  readonly force: boolean;
}

export type CliCommand =
  | { readonly kind: "help" }
  | ({ readonly kind: "forms" } & FormsCommand)
  | ({ readonly kind: "check" } & CheckCommand)
  | ({ readonly kind: "blank" } & BlankCommand);

export const USAGE = `用法 / usage:
  report check <名单.xlsx|名单.csv|文件夹> ... [选项]
  （多个文件或文件夹：逐份校验后汇总，查跨单位重复慰问，按填报单位出统计表）
  （报表按表头自动识别，报告开头写明用了哪个；--form 指定）
  report blank --form 送温暖 --out 空白表.xlsx [--rows 200] [--rules 规则.json] [--force]
  report forms [--check 模板.json | --from 名单.xlsx [--sheet 名称] --out 模板.json [--force]]

选项 / options:
  --sheet 名称          只校验指定的工作表，可写多次（默认：每个能识别表头的工作表）
  --json                只输出一个 JSON 对象（供其他程序使用）
  --out 文件.xlsx       另存一份标注副本：问题单元格填色并加批注，附“校验结果”“分地区汇总”两表
                        （名单是启用宏的 .xlsm 时，副本也是 .xlsm，宏原样保留）
                        汇总多份名单时：新的汇总工作簿（汇总名册、校验结果、统计表、各单位核对）
  --public 文件.xlsx    另存公示版：只含地区、单位、姓名、脱敏身份证号、金额
                        汇总多份名单时：一张公示名单（来源单位、地区、单位、姓名、金额，不含证件号）
  --unit 文件=单位名    改正填报单位（汇总前），可写多次；只改一个工作表：--unit 文件!工作表=单位名
  --register 档案表.xlsx 对照困难职工档案表（.xlsx 或 .csv，可写多次）：档案编号不在档、登记为另一人、
                        级别不符、已解困脱困、已建档未填编号，并列出未慰问的在档户（姓名脱敏）
  --register-scope covered|all  未慰问在档户按表中出现的地区/单位计（covered，默认）或按整个档案表（all）
  --rules 规则.json     用本单位的规则（建档要求、最低金额等）覆盖内置规则
  --template 总结.txt   用自己的总结模板（占位符见 README）
  --report 报告.docx    另存活动总结（Word）：慰问情况的句子（每种报表一句）、统计表（Word 表格）和落款
  --report-template 范文.docx
                        用自己的 Word 范文：其中的占位符（{户数}、{送温暖.户数}、{困难职工.户数}……）按这次的数字填上
  --unit-name 单位名    报告的填报单位（落款和标题，范文里的 {填报单位}），如 --unit-name 哈密市总工会；不写时为【请填写：填报单位】
  --stats 统计表.xlsx   另存统计表（与报告里的表格式相同：单位 × 类别，户数、金额，合计），每种报表一张工作表
  --form 名称|模板.json 按指定的报表校验（report forms 列出可用的），或用本省自己的模板包文件
  --allow-incomplete    汇总时有文件无法读取或校验，也不含它们继续（每份结果都写明缺哪些文件）；
                        不加时照样列出其他文件的结果，但不写 --out/--public，退出码 2
  --force               --out、--public、--report 的文件已存在时覆盖它（不加则不覆盖）
  --use-saved-settings  采用工作簿中保存的表式或规则，即使它们比内置表式少查（默认不采用，报告中列出少查的项）
  -h, --help            显示本说明

blank（下发空白表）/ blank form to send down:
  --form 名称|模板.json 报表名称（report forms 列出可用的，如 送温暖 / songwennuan），或本省的模板包文件
  --out 文件.xlsx       空白表写到这里；文件已存在时不覆盖，除非加 --force
  --rows 行数           空白行数（默认 ${DEFAULT_BLANK_ROWS}，最多 ${MAX_BLANK_ROWS}）
  --rules 规则.json     把本单位的规则（最低标准、建档要求……）写进空白表的下拉、提示和填报说明

forms（报表）/ forms:
  （不带选项）          列出内置的报表
  --check 模板.json     检查模板包：未知的键、金额字段没说明哪列计入合计、总结用了不存在的分组、永远不会报错的规则
  --from 名单.xlsx      按表头猜一个模板草稿（每列是什么、哪列计入合计、行内算式和日期先后），写到 --out；
                        已存在的文件不覆盖，除非加 --force。格式说明见 docs/forms.md

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
        report: { type: "string" },
        "report-template": { type: "string" },
        "unit-name": { type: "string" },
        stats: { type: "string" },
        unit: { type: "string", multiple: true },
        register: { type: "string", multiple: true },
        "register-scope": { type: "string" },
        form: { type: "string" },
        rows: { type: "string" },
        force: { type: "boolean", default: false },
        check: { type: "string" },
        from: { type: "string" },
        "allow-incomplete": { type: "boolean", default: false },
        "use-saved-settings": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw argumentError(error as NodeJS.ErrnoException);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  const [command, ...files] = positionals;
  if (command === "forms" || command === "blank") {
    const unexpected = positionals.slice(1);
    if (unexpected.length > 0) throw usageError(`多余的参数：${unexpected.join(" ")}`, `unexpected arguments: ${unexpected.join(" ")}`);
    refuseOptions(command, values, command === "forms" ? formsRefuses(values) : [...CHECK_ONLY, ...FORMS_ONLY]);
    return command === "forms" ? formsCommand(values) : blankCommand(values);
  }
  if (command === "check") refuseOptions(command, values, [...BLANK_ONLY, ...FORMS_ONLY]);
  if (command !== "check") {
    throw usageError(
      command ? `未知命令“${command}”，可用的有 check、blank、forms` : "缺少命令 check、blank 或 forms",
      command ? `unknown command "${command}"; the commands are check, blank and forms` : "missing the command check, blank or forms",
    );
  }
  if (files.length === 0) throw usageError("缺少要校验的文件", "missing the file to check");
  // The checked copy of a workbook with macros is an .xlsm (run-check.ts matches it to the roster).
  refuseNonXlsx("--out", values.out, /\.xls[xm]$/i);
  refuseNonXlsx("--public", values.public);
  const sheets = values.sheet ?? [];
  const registerScope = values["register-scope"] ?? "covered";
  if (registerScope !== "covered" && registerScope !== "all") {
    throw usageError(`--register-scope 应为 covered 或 all：${registerScope}`, `--register-scope must be covered or all: ${registerScope}`);
  }
  if (values["register-scope"] !== undefined && (values.register ?? []).length === 0) {
    throw usageError("--register-scope 要和 --register 一起用", "--register-scope needs --register");
  }
  const report = values.report;
  const reportTemplate = values["report-template"];
  if (report !== undefined && !/\.docx$/i.test(report)) throw usageError(`--report 应为 .docx 文件：${report}`, `--report must be a .docx file: ${report}`);
  if (values.stats !== undefined && !/\.xlsx$/i.test(values.stats)) throw usageError(`--stats 应为 .xlsx 文件：${values.stats}`, `--stats must be an .xlsx file: ${values.stats}`);
  if (values["unit-name"] !== undefined && report === undefined) throw usageError("--unit-name 要和 --report 一起用（它是报告落款的填报单位）", "--unit-name needs --report (it is the report's signing unit)");
  if (reportTemplate !== undefined && report === undefined) throw usageError("--report-template 要和 --report 一起用（填好的报告写到哪里）", "--report-template needs --report (where the filled report goes)");
  if (reportTemplate !== undefined && !/\.docx$/i.test(reportTemplate)) {
    throw usageError(`--report-template 应为 Word 文档（.docx）：${reportTemplate}（.doc 请先在 Word 中另存为 .docx）`, `--report-template must be a Word document (.docx): ${reportTemplate}`);
  }
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
    report,
    reportTemplate,
    stats: values.stats,
    unitName: values["unit-name"],
    form: values.form,
    units: values.unit ?? [],
    allowIncomplete: values["allow-incomplete"],
    registers: values.register ?? [],
    registerScope,
    force: values.force,
    useSavedSettings: values["use-saved-settings"],
  };
}

const CHECK_ONLY = ["sheet", "json", "public", "template", "unit", "report", "report-template", "unit-name", "allow-incomplete", "register", "register-scope", "use-saved-settings"] as const;
const BLANK_ONLY = ["rows"] as const;
const FORMS_ONLY = ["check", "from"] as const;

/** What `forms` does not take: --from takes --sheet, --out and --force; --check and the listing take nothing. */
function formsRefuses(values: { from?: string }): string[] {
  const others = [...CHECK_ONLY.filter((name) => name !== "sheet"), "rows", "form", "rules"];
  return values.from === undefined ? [...others, "sheet", "out", "force"] : [...others, "check"];
}

function formsCommand(values: { check?: string; from?: string; sheet?: string[]; out?: string; force: boolean }): CliCommand {
  if (values.from !== undefined && !values.out) throw usageError("缺少 --out（模板草稿写到哪个 .json 文件）", "missing --out (the .json file to write the draft to)");
  if (values.out !== undefined && !/\.json$/i.test(values.out)) throw usageError(`--out 应为 .json 文件：${values.out}`, `--out must be a .json file: ${values.out}`);
  if ((values.sheet ?? []).length > 1) throw usageError("--from 只取一个 --sheet", "--from takes one --sheet");
  return { kind: "forms", check: values.check, from: values.from, sheet: values.sheet?.[0], out: values.out, force: values.force };
}

/** An option another command takes would be silently ignored here: say so instead. */
function refuseOptions(command: string, values: Record<string, unknown>, names: readonly string[]): void {
  const given = names.filter((name) => values[name] !== undefined && values[name] !== false);
  if (given.length === 0) return;
  const list = given.map((name) => `--${name}`).join(" ");
  throw usageError(`${command} 不接受 ${list}`, `${command} does not take ${list}`);
}

function blankCommand(values: { form?: string; out?: string; rows?: string; rules?: string; force: boolean }): CliCommand {
  if (!values.form) throw usageError("缺少 --form（报表名称，report forms 列出可用的）", "missing --form (the form's name; report forms lists them)");
  if (!values.out) throw usageError("缺少 --out（空白表写到哪个文件）", "missing --out (the file to write the blank form to)");
  refuseNonXlsx("--out", values.out);
  const rows = values.rows === undefined ? DEFAULT_BLANK_ROWS : Number(values.rows);
  if (!/^\d+$/.test(values.rows ?? "1") || rows < 1 || rows > MAX_BLANK_ROWS) {
    throw usageError(`--rows 应为 1 到 ${MAX_BLANK_ROWS} 的整数：${values.rows}`, `--rows must be a whole number from 1 to ${MAX_BLANK_ROWS}: ${values.rows}`);
  }
  return { kind: "blank", form: values.form, out: values.out, rows, rules: values.rules, force: values.force };
}

/** Every workbook the CLI writes is an .xlsx: a name promising something else (名单.csv) would mislead whoever opens it. */
function refuseNonXlsx(option: string, path: string | undefined, allowed = /\.xlsx$/i): void {
  if (path === undefined || allowed.test(path)) return;
  throw usageError(
    `${option} 写出的是 Excel 工作簿（.xlsx），“${path}”不是 .xlsx 文件名：请换一个以 .xlsx 结尾的文件名`,
    `${option} writes an Excel workbook (.xlsx), and "${path}" is not an .xlsx name: choose a name ending in .xlsx`,
  );
}

/**
 * node:util's parseArgs speaks English only (Unknown option '--foo'. To specify a positional…):
 * the clerk reads what went wrong in Chinese first, naming the option as typed.
 */
function argumentError(error: NodeJS.ErrnoException): ReportError {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? "";
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return usageError(`没有“${option}”这个选项`, `there is no option "${option}"`);
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return / argument missing$/.test(error.message)
      ? usageError(`${option} 后面缺少值（如 ${option} ${EXAMPLE_VALUES[option.replace(/^-+/, "")] ?? "值"}）`, `${option} needs a value after it`)
      : usageError(`${option} 不带值，直接写 ${option}`, `${option} takes no value: write just ${option}`);
  }
  return usageError("参数有误", `bad arguments: ${error.message}`);
}

/** What a value looks like, for the message when an option is given without one. */
const EXAMPLE_VALUES: Readonly<Record<string, string>> = {
  sheet: "名单",
  out: "标注副本.xlsx",
  public: "公示版.xlsx",
  rules: "规则.json",
  template: "总结.txt",
  unit: "文件=单位名",
  form: "送温暖",
  rows: "200",
  report: "活动总结.docx",
  "unit-name": "哈密市总工会",
};

function usageError(zh: string, en: string): ReportError {
  return new ReportError("usage", `${zh}（运行 report --help 查看用法）`, `${en} (run report --help for usage)`);
}

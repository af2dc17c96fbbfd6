import { parseCliArgs } from "../../../src/apps/cli/parse-args";
import { ReportError } from "../../../src/core/errors";

/** The usage error a command line gets, as the clerk reads its two halves. */
function refusal(argv: string[]): { zh: string; en: string } {
  try {
    parseCliArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportError);
    return { zh: (error as ReportError).messageZh, en: (error as ReportError).messageEn };
  }
  throw new Error(`accepted: ${argv.join(" ")}`);
}

/** Latin words in the Chinese half: node's own English (Unknown option, argument missing) leaking in. */
const ENGLISH_WORDS = /\b(?!xlsx\b|report\b|help\b|out\b|public\b|json\b|sheet\b|colour\b|force\b)[A-Za-z]{3,}\b/;

describe("parseCliArgs: what a mistyped command line says", () => {
  it("names an unknown option in Chinese, then in English", () => {
    const { zh, en } = refusal(["check", "名单.xlsx", "--colour"]);
    expect(zh).toBe("没有“--colour”这个选项（运行 report --help 查看用法）");
    expect(zh).not.toMatch(ENGLISH_WORDS);
    expect(en).toBe('there is no option "--colour" (run report --help for usage)');
  });

  it("says an option needs a value, with an example of one", () => {
    const { zh, en } = refusal(["check", "名单.xlsx", "--out"]);
    expect(zh).toBe("--out 后面缺少值（如 --out 标注副本.xlsx）（运行 report --help 查看用法）");
    expect(zh).not.toMatch(ENGLISH_WORDS);
    expect(en).toContain("--out needs a value after it");
  });

  it("says a switch takes no value", () => {
    const { zh } = refusal(["check", "名单.xlsx", "--json=yes"]);
    expect(zh).toBe("--json 不带值，直接写 --json（运行 report --help 查看用法）");
  });

  it.each([
    ["--out", "名单.csv"],
    ["--public", "公示版.pdf"],
    ["--out", "副本"],
  ])("refuses %s %s: what it writes is an .xlsx workbook", (option, path) => {
    const { zh, en } = refusal(["check", "名单.xlsx", option, path]);
    expect(zh).toContain(`${option} 写出的是 Excel 工作簿（.xlsx），“${path}”不是 .xlsx 文件名`);
    expect(en).toContain(`${option} writes an Excel workbook (.xlsx)`);
  });

  it("takes --force with check, as with blank", () => {
    expect(parseCliArgs(["check", "名单.xlsx", "--out", "副本.XLSX", "--force"])).toMatchObject({ kind: "check", out: "副本.XLSX", force: true });
    expect(parseCliArgs(["check", "名单.xlsx", "--out", "副本.xlsx"])).toMatchObject({ force: false });
  });
});

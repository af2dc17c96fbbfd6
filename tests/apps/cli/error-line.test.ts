import { errorLine } from "../../../src/apps/cli/error-line";
import { ReportError } from "../../../src/core/errors";

describe("errorLine", () => {
  it("gives a ReportError as one line, Chinese then English", () => {
    expect(errorLine(new ReportError("file-not-found", "找不到文件“a.xlsx”。", 'File "a.xlsx" not found.'))).toBe(
      "错误：找不到文件“a.xlsx”。 / Error: File \"a.xlsx\" not found.",
    );
  });

  it("escapes control characters and masks ID-like digits a file or sheet name carries", () => {
    const name = "张三 110105 19491231 002X\n\x1b[2J.xlsx";
    const line = errorLine(new ReportError("file-unreadable", `无法读取“${name}”。`, `Cannot read "${name}".`));
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(line).toContain("张三 110105 ******** 002X\\x0a\\x1b[2J.xlsx");
  });

  it("keeps an unexpected failure to one line that asks for it to be reported, without the stack", () => {
    const error = new Error("boom\n    at read (reader.js:1:2)");
    const line = errorLine(error);
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toMatch(/^内部错误，无法完成校验：boom at read/);
  });
});

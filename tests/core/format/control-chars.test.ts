import { escapeControls } from "../../../src/core/format/control-chars";

describe("escapeControls", () => {
  it("shows ESC, CSI, BEL, CR, LF, TAB, DEL and C1 controls as \\xNN", () => {
    expect(escapeControls("伊州区\x1b[2J\x1b[H结论\r\n\t\x07\x7f\x9b31m")).toBe("伊州区\\x1b[2J\\x1b[H结论\\x0d\\x0a\\x09\\x07\\x7f\\x9b31m");
  });

  it("shows bidi overrides, isolates and zero-width characters as \\uNNNN, so a name shows what it holds", () => {
    expect(escapeControls("名单\u202excod.xlsx")).toBe("名单\\u202excod.xlsx");
    expect(escapeControls("伊\u200b州\u2066区\u2069\ufeff")).toBe("伊\\u200b州\\u2066区\\u2069\\ufeff");
  });

  it("leaves printable text, Chinese and full-width forms as they are", () => {
    const text = "哈密市 巴里坤县（一）：１５００元 ¥1,500.00 ·";
    expect(escapeControls(text)).toBe(text);
  });

  it("never yields a control character, whatever the input", () => {
    let all = "";
    for (let code = 0; code < 0x200; code++) all += String.fromCharCode(code);
    expect(escapeControls(all)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});

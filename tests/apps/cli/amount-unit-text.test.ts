import { tempDir } from "../../adapters/xlsx/workbook-files";
import { IDS, writeRoster } from "./rosters";
import { checkHere } from "./run-cli";

jest.setTimeout(60_000);

const dir = tempDir();

/** Two households whose 慰问金额 were typed in 万元, with no unit in the title, a 单位 line or the heading. */
const WAN_ROWS = [
  [1, "哈密市", "张三", IDS[0], "一线职工", null, null, 0.1, "银行卡", "13812345678"],
  [2, "哈密市", "李四", IDS[1], "一线职工", null, null, 0.15, "银行卡", "13912345678"],
];

describe("report check on a roster whose amounts look like 万元 with no unit written", () => {
  it("warns in the clerk's text, beside the figures and the summary, and gives no 未发现错误", async () => {
    const input = await writeRoster(dir, "城关区.xlsx", WAN_ROWS);
    const { code, stdout } = await checkHere([input]);
    expect(code).toBe(0);
    // Before: 问题清单：无 … 结论：未发现错误。合计 2 户，0.25 元。
    expect(stdout).not.toContain("未发现错误");
    expect(stdout).toContain("注意：金额单位存疑：H列的金额像是万元数（见 amount-unit-suspect），本报告按元计算，合计 0.25 元；若是万元则为 2,500.00 元。");
    expect(stdout).toContain("【警告】金额单位疑为万元 amount-unit-suspect（1 处）");
    expect(stdout).toMatch(/  H2 +0\.1、0\.15 +慰问金额列（H列）没有写单位，按元读取；但2个金额中有2个不到10元（0\.1、0\.15）/);
    expect(stdout).toContain("将发放慰问金0万元");
    expect(stdout).toContain("警告：金额单位存疑（城关区.xlsx › 名单 H列的金额像是万元数，见 amount-unit-suspect）：总结中的金额按元计算，确认单位前请勿使用");
    expect(stdout).toContain("结论：金额单位存疑，合计 2 户、0.25 元未经确认：请先按 amount-unit-suspect 的说明确认金额是元还是万元，再重新校验。");
  });

  it("names the file in a consolidation and does not call the submissions error-free", async () => {
    const wan = await writeRoster(dir, "伊州区.xlsx", WAN_ROWS);
    const yuan = await writeRoster(dir, "巴里坤县.xlsx", [[1, "巴里坤县", "王五", IDS[2], "一线职工", null, null, 800, "银行卡", "13712345678"]]);
    const { stdout } = await checkHere([wan, yuan]);
    expect(stdout).not.toContain("未发现错误");
    expect(stdout).toContain("注意：伊州区.xlsx › 名单 金额单位存疑：H列的金额像是万元数");
    expect(stdout).toContain("警告：金额单位存疑（伊州区.xlsx › 名单 H列的金额像是万元数");
    expect(stdout).toContain("结论：1 份名单金额单位存疑，合计 3 户、800.25 元未经确认");
  });

  it("says nothing of it when the title says 单位：万元 (the amounts are converted)", async () => {
    const input = await writeRoster(dir, "哈密市.xlsx", WAN_ROWS, (sheet) => {
      sheet.getCell("A1").value = "2024年送温暖慰问名单（单位：万元）";
    });
    const { stdout } = await checkHere([input]);
    expect(stdout).not.toContain("amount-unit-suspect");
    expect(stdout).toContain("结论：未发现错误。合计 2 户，2,500.00 元。");
  });
});

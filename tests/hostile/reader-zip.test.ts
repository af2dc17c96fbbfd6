import { buildCli } from "../apps/cli/run-cli";
import { flippedDeflateBytes, sharedStringsBomb } from "./generators/hostile-files";
import { checkFile, expectRefused, MiB } from "./support/run-measured";

// Caps are ~10× what the reader needs, so the tests stay stable on a busy machine.
beforeAll(() => buildCli());

describe("hostile zips: refused whole, in bounded time and memory", () => {
  it("refuses a sheet whose deflate stream has flipped bytes instead of checking half of it", () => {
    const run = checkFile("翻转.xlsx", flippedDeflateBytes(), "--json");
    expectRefused(run, "翻转.xlsx", "损坏", "工作表“名单”", "nothing was checked");
    expect(run.wallMs).toBeLessThan(20_000);
    expect(run.maxRssBytes).toBeLessThan(300 * MiB);
  });

  it("refuses shared strings that would inflate to 400 MiB, before inflating them", async () => {
    const run = checkFile("炸弹.xlsx", await sharedStringsBomb(400), "--json");
    expectRefused(run, "炸弹.xlsx", "可能是压缩炸弹/文件已损坏", "zip bomb");
    expect(run.wallMs).toBeLessThan(20_000);
    expect(run.maxRssBytes).toBeLessThan(300 * MiB);
  }, 120_000);

  it("refuses the bomb behind a workbook's saved-settings sheet too: settings are read under the reader's caps", async () => {
    const run = checkFile("设置炸弹.xlsx", await sharedStringsBomb(400, undefined, true), "--json");
    expectRefused(run, "设置炸弹.xlsx", "可能是压缩炸弹/文件已损坏", "zip bomb");
    expect(run.wallMs).toBeLessThan(20_000);
    expect(run.maxRssBytes).toBeLessThan(300 * MiB);
  }, 120_000);

  it("refuses the same bomb when the zip claims a harmless size, as soon as the inflating passes it", async () => {
    const run = checkFile("炸弹2.xlsx", await sharedStringsBomb(400, 64 * 1024), "--json");
    expectRefused(run, "炸弹2.xlsx", "损坏", "共享字符串");
    expect(run.wallMs).toBeLessThan(20_000);
    expect(run.maxRssBytes).toBeLessThan(300 * MiB);
  }, 120_000);
});

import { unzipSync } from "fflate";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "../adapters/xlsx/workbook-files";
import { buildCli, runCli } from "../apps/cli/run-cli";
import { personalNumbersRoster } from "./generators/received-settings";

jest.setTimeout(120_000);

const dir = tempDir();
/** Every way the three numbers were written, raw. */
const RAW = ["13812345678", "19491231", "0212.3456"];

beforeAll(() => buildCli());

describe("IDs, cards and phones in every output", () => {
  it("a phone typed as the amount is an error, not a warning, and no output shows the numbers raw", async () => {
    const roster = await personalNumbersRoster(dir);
    const json = runCli(["check", roster, "--json"]);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { issues: { cell: string; code: string; severity: string; message: string }[] };
    expect(report.issues.filter((issue) => issue.cell === "H4").map((issue) => [issue.code, issue.severity])).toEqual([["amount-invalid", "error"]]);
    expect(report.issues.find((issue) => issue.cell === "H4")?.message).toContain("像是手机号或身份证号");
    const text = runCli(["check", roster]);
    const publicCopy = join(dir, "公示.xlsx");
    const withPublic = runCli(["check", roster, "--public", publicCopy]);
    expect(withPublic.code).toBe(1);
    const parts = unzipSync(readFileSync(publicCopy));
    const xml = Object.values(parts).map((part) => Buffer.from(part).toString("utf8")).join("\n");
    for (const raw of RAW) {
      expect(json.stdout).not.toContain(raw);
      expect(text.stdout + text.stderr).not.toContain(raw);
      expect(xml).not.toContain(raw);
    }
    expect(text.stdout).toContain("6222.02**.****.7801 名单.xlsx");
  });
});

import { deserialize, serialize } from "node:v8";
import { checkRosterSheets } from "../../../src/adapters/xlsx/check-roster-sheets";
import { openWorkbookFile } from "../../../src/adapters/xlsx/workbook-file";
import { packPeople, unpackPeople } from "../../../src/apps/cli/people-transfer";
import type { CheckResult } from "../../../src/core/check/types";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { xlsxBytes } from "../../adapters/xlsx/workbook-files";
import { HEADER, IDS } from "./rosters";

/** Through the structured clone a worker's postMessage uses. */
const crossed = <T>(value: T): T => deserialize(serialize(value)) as T;

describe("a sheet's people crossing from a check worker", () => {
  it("arrive as the check found them, a name holding a tab or a line break included, in three values rather than an object each", async () => {
    const bytes = await xlsxBytes((workbook) => {
      const sheet = workbook.addWorksheet("名单");
      sheet.addRow(HEADER);
      sheet.addRow([1, "哈密市", "张\t三", IDS[0], "困难职工", null, null, 800, "银行卡", null]);
      sheet.addRow([2, "哈密市", "李\n四", IDS[1], "一线职工", null, null, 800, "现金", null]);
      sheet.addRow([3, "伊吾县", "王五", null, "一线职工", null, null, 800, "现金", null]);
    });
    const { checked } = await checkRosterSheets(await openWorkbookFile(bytes, "哈密市.xlsx"), SONGWENNUAN_TEMPLATE, { collectPeople: true });
    const result: CheckResult = checked[0];
    expect(result.people).toHaveLength(3);

    const packed = crossed(packPeople(result));
    expect("people" in packed).toBe(false);
    expect(Object.keys(packed.packedPeople!)).toEqual(["rows", "lengths", "text"]);
    const back = unpackPeople(packed);
    expect(back.people).toEqual(result.people);
    expect({ ...back, people: undefined, issues: [] }).toEqual({ ...result, people: undefined, issues: [] });
  });

  it("a sheet checked without people crosses without them", () => {
    const result = { sheet: "名单", issues: [] } as unknown as CheckResult;
    expect(unpackPeople(crossed(packPeople(result)))).toEqual(result);
  });
});

import { runSelfTest } from "../../../src/core/self-test/run-self-test";
import { SELF_TEST_PROBES } from "../../../src/core/self-test/probes";
import { selfTestText } from "../../../src/core/self-test/self-test-text";
import { createExcelHost } from "../../../src/adapters/excel/excel-host";
import { createInMemoryExcel } from "../../fakes/in-memory-excel";
import { ROSTER as SMALL_ROSTER } from "../../apps/taskpane/roster";

const PROBES = SELF_TEST_PROBES.map((probe) => probe.id);

function excelWithRoster() {
  const excel = createInMemoryExcel();
  excel.model.addGrid("名单", SMALL_ROSTER);
  excel.model.addGrid("说明", [["填报说明"]]);
  const host = createExcelHost({ run: excel.run, isSetSupported: () => true, identity: () => ({ name: "Excel (PC)", version: "16.0.18025.20000" }) });
  return { model: excel.model, host };
}

/** Each sheet's values, fills, notes and validation: everything the probes write. */
const sheetsOf = (model: ReturnType<typeof excelWithRoster>["model"]) =>
  model.sheets.map((sheet) => {
    const rect = sheet.usedRect(true);
    const values = rect === null ? [] : Array.from({ length: rect.bottom }, (_, r) => Array.from({ length: rect.right }, (_, c) => sheet.value(r + 1, c + 1) ?? null));
    return `${sheet.name} ${JSON.stringify([values, [...sheet.fills], [...sheet.notes], [...sheet.validations]])}`;
  });

describe("自检 in Excel", () => {
  it("passes every item on the in-memory Excel, names the host and version, and removes its scratch sheet", async () => {
    const { host, model } = excelWithRoster();
    const before = sheetsOf(model);
    const report = await runSelfTest(host.selfTest!);
    expect(report.outcomes.map((outcome) => `${outcome.id} ${outcome.passed ? "pass" : outcome.message}`)).toEqual(PROBES.map((id) => `${id} pass`));
    expect(sheetsOf(model)).toEqual(before);
    expect(model.activeSheet).toBe("名单");
    expect(model.xmlParts).toEqual([]);
    expect(selfTestText(report)).toContain("宿主 (host)：Excel (PC) 16.0.18025.20000");
  });

  it("fails the note item with Excel's message where notes are missing (below ExcelApi 1.18), and still runs the rest", async () => {
    const { host, model } = excelWithRoster();
    model.quirks = { notesUnsupported: true };
    const report = await runSelfTest(host.selfTest!);
    expect(report.outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.id)).toEqual(["note"]);
    expect(report.outcomes.find((outcome) => outcome.id === "note")!.message).toContain("could not be found");
    expect(report.outcomes).toHaveLength(PROBES.length);
    expect(model.sheet("自检")).toBeUndefined();
  });

  it("takes another name when the workbook already has a sheet called 自检, and leaves that sheet alone", async () => {
    const { host, model } = excelWithRoster();
    model.addGrid("自检", [["办事员自己的表"]]);
    const before = sheetsOf(model);
    const report = await runSelfTest(host.selfTest!);
    expect(report.outcomes.every((outcome) => outcome.passed)).toBe(true);
    expect(sheetsOf(model)).toEqual(before);
  });
});

import { consolidatedWritingInPage } from "../../../src/apps/standalone/consolidated-writing";
import { PageSubmissionsHost } from "../../../src/apps/standalone/page-submissions-host";
import { rosterCheckingInPage } from "../../../src/apps/standalone/roster-checking";
import { consolidateChecked } from "../../../src/apps/taskpane/consolidate-checked";
import { plainConsolidated } from "../../../src/core/consolidate/plain-consolidated";
import { SONGWENNUAN_TEMPLATE } from "../../../src/core/template/songwennuan";
import { threeSubmissions } from "../../apps/standalone/submission-workbooks";

describe("plainConsolidated", () => {
  it("keeps every issue's place, code and both messages through a structured clone (a worker's message)", async () => {
    const host = new PageSubmissionsHost(rosterCheckingInPage, consolidatedWritingInPage, () => {});
    const files = (await threeSubmissions()).map(({ name, bytes }) => ({ name, bytes: async () => bytes }));
    const consolidated = consolidateChecked(await host.checkFiles(files, SONGWENNUAN_TEMPLATE), new Map());
    const seen = (issues: typeof consolidated.issues) => issues.map(({ file, sheet, cell, code, message, messageEn, shownValue }) => ({ file, sheet, cell, code, message, messageEn, shownValue }));
    const crossed = structuredClone(plainConsolidated(consolidated));
    expect(seen(crossed.issues)).toEqual(seen(consolidated.issues));
    expect(crossed.issues.map((issue) => issue.code)).toContain("duplicate-person");
    expect(crossed.crossTab).toEqual(consolidated.crossTab);
    expect(crossed.submissions).toEqual(consolidated.submissions);
  });
});

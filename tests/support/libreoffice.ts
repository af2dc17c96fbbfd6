import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join } from "node:path";

/** Debian's LibreOffice (scripts/ensure-test-tools.sh installs it): the independent reader of what we write. */
export const SOFFICE = process.env.TEST_SOFFICE ?? "/usr/bin/soffice";

let runs = 0;

/**
 * LibreOffice's own setting "Recalculation on File Load: always" for Excel and ODF files, so a
 * conversion recomputes every formula instead of trusting the values cached in the file.
 */
const ALWAYS_RECALCULATE =
  '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>' +
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>' +
  "</oor:items>";

/**
 * Converts `input` headless (`soffice --convert-to`) and returns the written file's path.
 * Each call gets its own user profile (set to recalculate every formula on load), so parallel jest
 * workers never share LibreOffice's lock, and a failure says what LibreOffice printed.
 * `filter` is LibreOffice's target, e.g. "pdf", "csv", "xlsx", or "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
 * (the last form writes every sheet, one CSV a sheet).
 */
export function convertWithLibreOffice(input: string, filter: string): string {
  if (!existsSync(SOFFICE)) {
    throw new Error(`${SOFFICE} is missing: run scripts/ensure-test-tools.sh (as root: apt-get install -y libreoffice-calc-nogui libreoffice-writer-nogui).`);
  }
  const outDir = mkdtempSync(join(tmpdir(), "lo-out-"));
  const profile = mkdtempSync(join(tmpdir(), `lo-profile-${process.pid}-${runs++}-`));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), ALWAYS_RECALCULATE);
  try {
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, input], {
      stdio: "pipe",
      timeout: 180_000,
    });
  } catch (err) {
    const e = err as { stderr?: Buffer; stdout?: Buffer; message: string };
    throw new Error(`LibreOffice could not convert ${basename(input)} to ${filter}: ${e.stderr?.toString() || e.stdout?.toString() || e.message}`);
  }
  const stem = basename(input, extname(input));
  const written = readdirSync(outDir).filter((f) => f.startsWith(stem));
  if (written.length === 0) throw new Error(`LibreOffice wrote nothing for ${basename(input)} (${filter}): it could not open the file`);
  return join(outDir, written.sort()[0]);
}

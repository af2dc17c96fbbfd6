import type { HostIdentity, SelfTestHost } from "../ports/self-test-host";
import { SELF_TEST_PROBES, type SelfTestProbe } from "./probes";

export interface ProbeOutcome {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly passed: boolean;
  /** Why it failed: what the host answered or threw. */
  readonly message?: string;
}

export interface SelfTestReport {
  readonly host: HostIdentity;
  /** When it ran, ISO 8601. */
  readonly at: string;
  readonly outcomes: readonly ProbeOutcome[];
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error)) || "（无说明 / no message）";

/**
 * Runs every probe on a scratch sheet the host adds and then removes. A probe that throws fails
 * with the message and the others still run; the sheet is removed whatever happened, and a sheet
 * that cannot be added or removed is itself a failed item, so the report never reads as all clear
 * when something was not tried.
 */
export async function runSelfTest(host: SelfTestHost, probes: readonly SelfTestProbe[] = SELF_TEST_PROBES, now = () => new Date()): Promise<SelfTestReport> {
  const identity = await host.identity().catch((error: unknown) => ({ name: "（宿主未知 / unknown host）", version: messageOf(error) }));
  const at = now().toISOString();
  const outcomes: ProbeOutcome[] = [];
  const fail = (probe: Pick<ProbeOutcome, "id" | "name" | "nameEn">, error: unknown) => outcomes.push({ ...probe, passed: false, message: messageOf(error) });
  let sheet;
  try {
    sheet = await host.addScratchSheet();
  } catch (error) {
    fail(SCRATCH_ADDED, error);
    for (const probe of probes) fail(probe, "未试：没能添加试用工作表 (not tried: no scratch sheet)");
    return { host: identity, at, outcomes };
  }
  try {
    for (const probe of probes) {
      try {
        await probe.run(sheet);
        outcomes.push({ id: probe.id, name: probe.name, nameEn: probe.nameEn, passed: true });
      } catch (error) {
        fail(probe, error);
      }
    }
  } finally {
    await sheet.remove().catch((error: unknown) => fail(SCRATCH_REMOVED, error));
  }
  return { host: identity, at, outcomes };
}

const SCRATCH_ADDED = { id: "scratch-added", name: "添加试用工作表", nameEn: "adding the scratch sheet" };
const SCRATCH_REMOVED = { id: "scratch-removed", name: "删除试用工作表（请手动删除以“自检”开头的工作表）", nameEn: "removing the scratch sheet (delete it by hand)" };

import type { SelfTestReport } from "./run-self-test";

/**
 * The report as plain text the clerk copies into a message to whoever looks after the add-in:
 * the host and version, then one line per item, passed or failed with what the host answered.
 */
export function selfTestText(report: SelfTestReport): string {
  const failed = report.outcomes.filter((outcome) => !outcome.passed).length;
  const lines = [
    "报表助手自检 (self-test)",
    `宿主 (host)：${report.host.name} ${report.host.version}`,
    `时间 (time)：${report.at}`,
    ...report.outcomes.map((outcome) =>
      outcome.passed ? `[通过 pass] ${outcome.name} (${outcome.nameEn})` : `[失败 FAIL] ${outcome.name} (${outcome.nameEn})：${outcome.message}`,
    ),
    failed === 0
      ? `结果：${report.outcomes.length} 项全部通过 (all ${report.outcomes.length} passed)`
      : `结果：${report.outcomes.length} 项中 ${failed} 项失败 (${failed} of ${report.outcomes.length} failed)`,
  ];
  return lines.join("\n");
}

import { cpus, loadavg, platform, release, totalmem } from "node:os";
import { readFileSync } from "node:fs";

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memory: string;
  readonly node: string;
  readonly os: string;
  readonly date: string;
  /** Other work on the machine skews times: shown next to them. */
  readonly load: string;
}

/** PRETTY_NAME from /etc/os-release, when there is one (Linux). */
function distribution(): string | null {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1] ?? null;
  } catch {
    return null;
  }
}

export function describeMachine(): Machine {
  const list = cpus();
  const distro = distribution();
  return {
    cpu: list[0]?.model.trim() ?? "unknown",
    cores: list.length,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    os: `${distro ? `${distro}, ` : ""}${platform()} ${release()}`,
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    load: loadavg().map((n) => n.toFixed(2)).join(" / "),
  };
}

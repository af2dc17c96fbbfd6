/** One measured target: met or not, and when not, by how much and why. */
export interface Verdict {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
  /** When missed: the shortfall, e.g. "1.8× over". */
  readonly missedBy?: string;
  /** When missed: what the profile or the figures say is the cause. */
  readonly why?: string;
}

/** One part of the benchmark: a table of figures and the targets it judges. */
export interface Section {
  readonly title: string;
  /** How the figures were obtained, in a sentence or two. */
  readonly method: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly verdicts: readonly Verdict[];
}

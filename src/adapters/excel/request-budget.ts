/**
 * Keeps each request well under Excel on the web's 5 MB limit when one step queues many calls
 * (notes, per-area reads): syncs early once the estimate reaches the budget.
 */
export const REQUEST_BUDGET_BYTES = 2 * 1024 * 1024;

/** Office.js sends each call with its object path and ids; this over-estimates that envelope. */
const CALL_OVERHEAD_BYTES = 300;

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

export class RequestBudget {
  private used = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limit = REQUEST_BUDGET_BYTES,
  ) {}

  /** Call before queuing a call carrying `payload` (addresses, text). */
  async reserve(payload: string): Promise<void> {
    const bytes = CALL_OVERHEAD_BYTES + utf8Bytes(payload);
    if (this.used > 0 && this.used + bytes > this.limit) {
      await this.context.sync();
      this.used = 0;
    }
    this.used += bytes;
  }
}

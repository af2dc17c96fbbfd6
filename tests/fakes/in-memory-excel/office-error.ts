/**
 * Error codes the in-memory Excel raises, spelled as Office.js spells them (Excel.ErrorCodes and
 * the RichApi payload errors), so adapter code that inspects `error.code` behaves the same here.
 */
export type OfficeErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "AccessDenied"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ApiNotFound";

/** Shaped like OfficeExtension.Error: `code`, `message` and `debugInfo`. */
export class OfficeError extends Error {
  readonly debugInfo: { code: string; message: string };

  constructor(
    readonly code: OfficeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message };
  }
}

import { checkAccountChecksum } from "./account-checksum";
import { checkAccountHolderMismatch } from "./account-holder-mismatch";
import { checkAccountInvalid } from "./account-invalid";
import { checkAmountBelowMinimum } from "./amount-below-minimum";
import { checkAmountImplausible } from "./amount-implausible";
import { checkAmountInvalid } from "./amount-invalid";
import { checkAmountText } from "./amount-text";
import { checkArchiveMissing } from "./archive-missing";
import { checkArchiveNoFormat } from "./archive-no-format";
import { checkBankAccountMissing } from "./bank-account-missing";
import { checkIdInvalid } from "./id-invalid";
import { checkIdLegacy } from "./id-legacy";
import { checkPayMethodNotBank } from "./pay-method-not-bank";
import { checkPhoneInvalid } from "./phone-invalid";
import { checkRequiredMissing } from "./required-missing";
import type { RowRule } from "./rule-context";

/** The per-row rules, in the order a clerk reads a row's issues (left to right, roughly). */
export const ROW_RULES: readonly RowRule[] = [
  checkRequiredMissing,
  checkIdInvalid,
  checkIdLegacy,
  checkArchiveMissing,
  checkArchiveNoFormat,
  checkAmountInvalid,
  checkAmountBelowMinimum,
  checkAmountImplausible,
  checkAmountText,
  checkPayMethodNotBank,
  checkBankAccountMissing,
  checkAccountInvalid,
  checkAccountChecksum,
  checkAccountHolderMismatch,
  checkPhoneInvalid,
];

import type { ErrorCode } from "../../../src/core/check/types";
import { MESSAGES } from "../../../src/core/messages/catalogue";
import { renderMessage } from "../../../src/core/messages/render-message";

const ERRORS: ErrorCode[] = [
  "required-missing", "amount-invalid", "archive-missing", "amount-below-minimum", "id-invalid",
  "duplicate-person", "archive-shared", "bank-account-missing", "account-holder-mismatch", "total-mismatch",
  // The generic kinds a template pack declares: its own rules are binding where it says so.
  "value-not-in-list", "amount-above-maximum", "duplicate-value", "value-mismatch", "integer-invalid",
  // A column every row needs, absent from the header: nothing in it was checked.
  "column-missing",
  // The rule kinds of a clerk's own form (issue 18): binding where the pack says so.
  "number-invalid", "expression-mismatch", "row-subtotal-mismatch", "date-order", "date-out-of-period", "too-many-records",
  // Rows against the 帮扶 archive: binding where the archive is given.
  "archive-not-registered", "archive-person-mismatch", "archive-level-mismatch",
];

describe("message catalogue", () => {
  it("makes exactly the binding codes errors", () => {
    const errors = Object.entries(MESSAGES).filter(([, entry]) => entry.severity === "error").map(([code]) => code);
    expect(errors.sort()).toEqual([...ERRORS].sort());
  });

  it("has no slot that could carry an ID, account or phone number", () => {
    const slots = Object.values(MESSAGES).flatMap((entry) =>
      Object.values(entry.variants).flatMap((text) => [...`${text.zh}${text.en}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1])),
    );
    expect(slots.filter((slot) => /id|account|phone|number/i.test(slot))).toEqual([]);
  });

  it("names every rule in both languages, each name its own", () => {
    const zh = Object.values(MESSAGES).map((entry) => entry.title.zh);
    const en = Object.values(MESSAGES).map((entry) => entry.title.en);
    expect(zh.every((title) => /\p{Script=Han}/u.test(title))).toBe(true);
    expect(en.every((title) => /^[A-Z][\x20-\x7e]+$/.test(title))).toBe(true);
    expect(new Set(zh).size).toBe(zh.length);
    expect(new Set(en).size).toBe(en.length);
  });

  it("fills slots in both languages", () => {
    expect(renderMessage("duplicate-person", "idNumber", { firstRow: 7 })).toEqual({
      zh: "身份证号码与第7行重复，同一人不应重复慰问：请核对并删除重复的一行。",
      en: "Same ID number as row 7; nobody should be visited twice: check and remove the duplicate row.",
    });
  });
});

import fc from "fast-check";
import { checkAccount } from "../../src/core/id/bank-account";
import { checkIdNumber, dateKey } from "../../src/core/id/id-number";
import { lostDigits } from "../../src/core/id/lost-digits";
import { toHalfWidth, withoutSpaces } from "../../src/core/rows/cell-text";
import { looksLikePersonalNumber } from "../../src/core/rows/parse-amount";

/**
 * The per-row digit scans take shortcuts (one pass for digits and check sum, a pattern run only
 * when a text can match it, no string for a small number): each must answer as the plain
 * definition does, written here with patterns and whole-string steps.
 */

const TODAY = dateKey(new Date(2026, 0, 1));
const E_NOTATION = /^\d(?:\.\d+)?E\+?\d+$/i;
const PERSONAL_NUMBER = /^(?:1[3-9]\d{9}|\d{15}|\d{17}[\dXx])$/;

function referenceLuhn(digits: string): boolean {
  const sum = [...digits].reverse().reduce((total, digit, i) => {
    const d = Number(digit) * (i % 2 === 1 ? 2 : 1);
    return total + (d > 9 ? d - 9 : d);
  }, 0);
  return sum % 10 === 0;
}

function referenceAccount(value: string | number, text: string): string {
  if (text === "") return "empty";
  if (typeof value === "number" ? !Number.isInteger(value) || Math.abs(value) >= 1e15 : E_NOTATION.test(text)) return "numeric-lost";
  const digits = withoutSpaces(toHalfWidth(text));
  if (!/^\d*$/.test(digits)) return "chars";
  if (digits.length < 16 || digits.length > 19) return "length";
  return referenceLuhn(digits) ? "ok" : "luhn";
}

/** An 18-character ID whose area and birth date are real, so that only its characters and check character decide. */
function referenceId18(id: string): string {
  if (E_NOTATION.test(id)) return "numeric";
  if (!/^\d{17}[\dX]$/.test(id)) return "chars";
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, weight, i) => total + Number(id[i]) * weight, 0);
  return "10X98765432"[sum % 11] === id[17] ? "ok" : "check-char";
}

/** Characters clerks' cells hold around digits: spaces, full-width digits, letters, E-notation's parts. */
const unit = fc.constantFrom(..."0123456789012345678901234567890123456789 .E+eXx-０１９\u3000\u200bA");
const digitText = (min: number, max: number) => fc.array(unit, { minLength: min, maxLength: max }).map((units) => units.join(""));

describe("digit scans equal their plain definitions", () => {
  it("checkAccount: characters, length and Luhn in one pass", () => {
    const luhnCard = fc.stringMatching(/^\d{15,18}$/).map((body) => {
      const sum = [...body].reverse().reduce((total, digit, i) => {
        const d = Number(digit) * (i % 2 === 0 ? 2 : 1);
        return total + (d > 9 ? d - 9 : d);
      }, 0);
      return body + String((10 - (sum % 10)) % 10);
    });
    const text = fc.oneof(digitText(0, 22), fc.stringMatching(/^\d{14,20}$/), luhnCard);
    fc.assert(
      fc.property(text, (account) => {
        const shown = account.trim();
        expect(checkAccount(account, shown, false)).toBe(referenceAccount(account, shown));
      }),
      { numRuns: 3000 },
    );
  });

  it("checkAccount: a number cell", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 2 ** 31 }), fc.double({ min: 0, max: 1e20, noNaN: true })), (value) => {
        const shown = String(value);
        expect(checkAccount(value, shown, false)).toBe(referenceAccount(value, shown));
      }),
    );
  });

  it("checkIdNumber: characters and check character in one pass", () => {
    const id = fc.tuple(digitText(9, 9), fc.constantFrom(..."0123456789X")).map(([tail, last]) => `65220119800101${tail}`.slice(0, 17) + last);
    const exact = fc.stringMatching(/^\d{3}[\dX]$/).map((tail) => `65220119800101${tail}`);
    const spoilt = fc.tuple(exact, fc.integer({ min: 0, max: 16 }), fc.constantFrom(..." .E+eXx-０\u3000A")).map(([text, at, unit]) => text.slice(0, at) + unit + text.slice(at + 1));
    fc.assert(
      fc.property(fc.oneof(id, exact, spoilt), (text) => {
        expect(checkIdNumber(text, text, TODAY)).toBe(referenceId18(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("lostDigits: the E-notation pattern only where it can match", () => {
    const eNotation = fc.tuple(fc.integer({ min: 0, max: 9 }), fc.stringMatching(/^(\.\d{1,6})?$/), fc.constantFrom("E", "e", "E+", "e+"), fc.integer({ min: 0, max: 30 }));
    fc.assert(
      fc.property(fc.oneof(digitText(0, 12), eNotation.map(([first, fraction, e, power]) => `${first}${fraction}${e}${power}`)), (text) => {
        expect(lostDigits(text, text)).toBe(E_NOTATION.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("looksLikePersonalNumber: a number told without its string when it is small", () => {
    const near = fc.tuple(fc.integer({ min: 0, max: 22 }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(1, 1.3, 1.39, 6.52, 9.99)).map(([power, step, lead]) => lead * 10 ** power + step);
    const value = fc.oneof(near, fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(13800138000, 12999999999, 1e10, -13800138000, 652201195001011000));
    fc.assert(
      fc.property(value, (amount) => {
        expect(looksLikePersonalNumber(amount)).toBe(Number.isInteger(amount) && PERSONAL_NUMBER.test(String(amount)));
      }),
      { numRuns: 3000 },
    );
  });
});

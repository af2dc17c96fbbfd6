import fc from "fast-check";
import { KeyTable } from "../../../src/core/consolidate/key-table";

describe("KeyTable", () => {
  it("gives each distinct key one entry, in the order added, as a Map of the texts would", () => {
    const digits = fc.stringMatching(/^\d{1,30}X?$/);
    const keys = fc.array(fc.oneof(digits, fc.constantFrom("11010519491231002X", "011010519491231002X", "0", "00", "X", "12a", ""), fc.string()), { maxLength: 300 });
    fc.assert(
      fc.property(keys, (list) => {
        const table = new KeyTable();
        const expected = new Map<string, number>();
        for (const key of list) {
          const found = table.entryOf(key);
          expect(found).toBe(expected.get(key) ?? -1);
          if (found < 0) expected.set(key, table.add(key));
        }
        expect(table.size).toBe(expected.size);
        for (const [key, entry] of expected) expect(table.entryOf(key)).toBe(entry);
      }),
    );
  });

  it("keeps keys that differ only by leading zeros, the X or one digit apart, past several growths", () => {
    const table = new KeyTable();
    const ids = Array.from({ length: 5000 }, (_, i) => `1101051949${String(i).padStart(7, "0")}X`);
    for (const id of ids) table.add(id);
    for (const [i, id] of ids.entries()) expect(table.entryOf(id)).toBe(i);
    expect(table.entryOf("11010519490000001")).toBe(-1);
    expect(table.entryOf("110105194900000010")).toBe(-1);
    expect(table.entryOf("0110105194900000001X")).toBe(-1);
    expect(table.add("0110105194900000001X")).toBe(5000);
  });
});

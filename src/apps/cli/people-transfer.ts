import type { CheckResult, PersonEntry } from "../../core/check/types";

/**
 * A sheet's people as they cross from a check worker to the main thread: the rows and the keys'
 * lengths in typed arrays, the keys end to end in one string. Cloned as thousands of small objects,
 * they cost the main thread — where every file's people meet in one index — more than the worker
 * spent finding them; as three values, a copy of their bytes. Lengths, not a separator: a name may
 * hold any character.
 */
export interface PackedPeople {
  readonly rows: Int32Array;
  /** idKey, accountKey and name lengths, three per person. */
  readonly lengths: Int32Array;
  readonly text: string;
}

/** A checked sheet as it crosses: its people packed. */
export type CrossingResult = Omit<CheckResult, "people"> & { readonly packedPeople?: PackedPeople };

export function packPeople({ people, ...rest }: CheckResult): CrossingResult {
  if (people === undefined) return rest;
  const rows = new Int32Array(people.length);
  const lengths = new Int32Array(people.length * 3);
  const keys: string[] = [];
  people.forEach((person, i) => {
    rows[i] = person.row;
    lengths.set([person.idKey.length, person.accountKey.length, person.name.length], i * 3);
    keys.push(person.idKey, person.accountKey, person.name);
  });
  return { ...rest, packedPeople: { rows, lengths, text: keys.join("") } };
}

export function unpackPeople({ packedPeople, ...rest }: CrossingResult): CheckResult {
  if (packedPeople === undefined) return rest;
  const { rows, lengths, text } = packedPeople;
  const people: PersonEntry[] = new Array(rows.length);
  let at = 0;
  const next = (length: number) => text.slice(at, (at += length));
  for (let i = 0; i < rows.length; i++) people[i] = { row: rows[i], idKey: next(lengths[i * 3]), accountKey: next(lengths[i * 3 + 1]), name: next(lengths[i * 3 + 2]) };
  return { ...rest, people };
}

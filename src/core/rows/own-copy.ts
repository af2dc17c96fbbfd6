/** V8 copies strings shorter than this when slicing; longer slices point into their parent. */
const SLICE_MIN = 13;

/**
 * Text the core keeps after its row has passed (duplicate keys, issue values), as a string of
 * its own. A reader's cell text is often a slice of a 64 KB chunk of sheet XML; kept as is, one
 * slice per row would keep every chunk of a million-row sheet alive until the check ends.
 * Concatenating and slicing makes the engine copy the characters into a fresh string.
 */
export function ownCopy(text: string): string {
  return text.length < SLICE_MIN ? text : (" " + text).slice(1);
}

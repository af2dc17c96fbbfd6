/** A digit half- or full-width, and what may group digits: one space (any width) or dash between groups. */
const DIGIT = /[0-9０-９]/;
const SEPARATOR = /[ \u00a0\u3000\-\u2010-\u2014\uff0d]/;

/** The catalogue's example landline (phone-invalid): nobody's number, allowed to show. */
const CATALOGUE_EXAMPLE = "0902-2231234";

/**
 * Runs of 11 digits or more in `text`, grouped by single separators or not: what would show an
 * ID, card or phone. Written apart from the product's masking, as the test's own oracle.
 */
export function unmaskedRuns(text: string): string[] {
  const found: string[] = [];
  const chars = Array.from(text.split(CATALOGUE_EXAMPLE).join(""));
  let run = "";
  let digits = 0;
  const end = () => {
    if (digits >= 11) found.push(run);
    run = "";
    digits = 0;
  };
  chars.forEach((char, i) => {
    if (DIGIT.test(char)) {
      run += char;
      digits++;
    } else if (SEPARATOR.test(char) && digits > 0 && DIGIT.test(chars[i + 1] ?? "")) {
      run += char;
    } else {
      end();
    }
  });
  end();
  return found;
}

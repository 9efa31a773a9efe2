/**
 * The `string-width` the stylish report's columns are measured with, in the
 * CLI bundle (scripts/bundle-cli.js gives it to vfile-reporter). string-width
 * splits every string into graphemes with `Intl.Segmenter`, and the first
 * segmenter of a process loads ICU's break rules: some 20 ms, a tenth of a
 * cold start, to learn that "1:30-1:52 warning End with …" is 32 columns.
 *
 * A string of characters that are each one column wide and never join
 * their neighbours into one grapheme is as wide as it is long. Those are the
 * characters below (checked one by one against string-width, and the whole
 * against it in test/report-string-width.test.ts); any other string goes to
 * string-width as before.
 */
import stringWidth from 'string-width'

/**
 * Printable ASCII; Latin-1 and the Latin extensions except © and ®
 * (string-width counts them as emoji, two columns) and the C1 controls;
 * the dashes, quotes, bullets and ellipsis of General Punctuation. No
 * combining mark (U+0300 on), no joiner (U+200C, U+200D) and no line break.
 */
const oneColumnEach = /^[\x20-\x7e\xa0-\xa8\xaa-\xad\xaf-\u02ff\u2010-\u2027]*$/

/** The colour codes vfile-reporter writes (SGR); string-width does not count them. */
const colour = /\x1b\[[\d;]*m/g

export default function width(string: string, options?: Parameters<typeof stringWidth>[1]): number {
  if (typeof string === 'string' && options === undefined) {
    const plain = string.includes('\x1b') ? string.replace(colour, '') : string
    if (oneColumnEach.test(plain)) return plain.length
  }
  return stringWidth(string, options)
}

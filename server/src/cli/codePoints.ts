/**
 * Offsets in Unicode code points, for the brat output. The analysis and the JSON
 * output count UTF-16 code units (spec §2, as JavaScript and LSP do); brat reads the
 * `.txt` as a Python 3 string, which counts code points, so a character beyond U+FFFF
 * (an emoji, a rare CJK ideograph) is two units here and one there.
 */

/**
 * A function from UTF-16 offsets of `text` to code point offsets. Built once per
 * article in one pass (identity when the text has no surrogates), then O(1) a lookup,
 * so converting every span of a long article stays linear. A lone surrogate counts
 * as one code point, as Python counts it.
 */
export function codePointOffsets(text: string): (offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (offset) => offset;
  const points = new Uint32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    points[i] = count;
    // The low half of a surrogate pair belongs to the code point its high half started.
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) count++;
  }
  points[text.length] = count;
  return (offset) => points[offset];
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

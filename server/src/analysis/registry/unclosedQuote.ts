/**
 * Where an unclosed quoted string opens. The `yaml` parser reports a missing closing
 * quote where it gave up, at the end of the file, so a team member with a 300-entry
 * registry was sent to its last line for a quote left open on line 7. The string runs
 * from its opening mark to where the error is and holds no unescaped mark of its kind
 * (else it would have closed), so its opening mark is the last such mark before the error.
 */

/** The offset of the opening mark of the quoted string left open before `at`, or undefined when there is none. */
export function unclosedQuoteStart(text: string, at: number, mark: '"' | "'"): number | undefined {
  for (let i = Math.min(at, text.length) - 1; i >= 0; i--) {
    if (text[i] !== mark) continue;
    if (mark === '"') {
      let slashes = 0;
      while (i - 1 - slashes >= 0 && text[i - 1 - slashes] === '\\') slashes++;
      if (slashes % 2 === 0) return i;
    } else if (text[i - 1] === "'")
      i--; // '' is an escaped mark inside a single-quoted string
    else return i;
  }
  return undefined;
}

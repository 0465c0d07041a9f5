/**
 * Registry files for the CLI: each read exactly once (it may be a pipe such as
 * /dev/stdin), parsed, and its problems given line and column from one line index
 * of the text that was parsed. Both `analyze` and `check` go through here, so they
 * report a registry the same way.
 */
import { LineIndex, parseRegistry, type ParsedRegistryFile, type RegistryProblem } from '../analysis';
import { readRegistryArgument } from './readRegistry';

/** A registry problem with 1-based line and column (UTF-16 code units, as the editor counts), for people and tools. */
export interface PositionedProblem {
  severity: RegistryProblem['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the file, as the analysis uses them. */
  start: number;
  end: number;
}

/** One registry file as the CLI saw it: parsed with positioned problems, or why it could not be read. */
export type RegistryFileReport = { file: string; parsed: ParsedRegistryFile; problems: PositionedProblem[] } | { file: string; readError: string };

/** Reads (through the checked reader) and parses `file` once; a file that cannot be read gets a one-line reason instead of a stack trace. */
export function loadRegistryFile(file: string): RegistryFileReport {
  // The checked reader: regular files within the size cap, strict UTF-8; standard input from its descriptor.
  const read = readRegistryArgument(file);
  if ('error' in read) return { file, readError: read.error };
  const text = read.text;
  const parsed = parseRegistry(text, file);
  const index = new LineIndex(text);
  const problems = parsed.problems.map((p): PositionedProblem => {
    const from = index.positionAt(p.start);
    const to = index.positionAt(p.end);
    return {
      severity: p.severity,
      message: p.message,
      line: from.line + 1,
      column: from.character + 1,
      endLine: to.line + 1,
      endColumn: to.character + 1,
      start: p.start,
      end: p.end,
    };
  });
  return { file, parsed, problems };
}

/** `file:line:col: severity: message`, the form compilers print and editors' problem matchers read. */
export function problemLine(file: string, p: PositionedProblem): string {
  return `${file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
}

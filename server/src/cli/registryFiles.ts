/**
 * Registry files for the CLI: each read exactly once (it may be a pipe such as
 * /dev/stdin), parsed, and its problems given line and column from one line index
 * of the text that was parsed. Both `analyze` and `check` go through here, so they
 * report a registry the same way, and both see the files they are given as one merged
 * registry (an id a later file defines again is an error there).
 */
import { resolve } from 'node:path';
import { filesAsMerged, LineIndex, parseRegistry, type ParsedRegistryFile, type RegistryProblem } from '../analysis';
import { isStdin, readRegistryArgument } from './readRegistry';

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

/**
 * Reads the registry files that are merged into one registry (`analyze --registry`
 * repeated, `check` of several files), in order, and reports each as it stands in the
 * merge: an id an earlier file already defines is an error at the later id, and that
 * entry is not among the file's entries (the merge keeps the first). A file named twice
 * is read once: it is not a duplicate of itself.
 */
export function loadMergedRegistryFiles(files: readonly string[]): RegistryFileReport[] {
  const seen = new Set<string>();
  const loaded: Loaded[] = [];
  for (const file of files) {
    const key = isStdin(file) ? '-' : resolve(file);
    if (seen.has(key)) continue;
    seen.add(key);
    loaded.push(load(file));
  }
  const readable = loaded.flatMap((l) => ('parsed' in l.report && l.lines ? [{ loaded: l, parsed: l.report.parsed, lines: l.lines }] : []));
  const merged = filesAsMerged(readable.map((r) => ({ label: r.loaded.report.file, parsed: r.parsed })));
  readable.forEach((r, i) => {
    if (merged[i] !== r.parsed)
      r.loaded.report = { file: r.loaded.report.file, parsed: merged[i], problems: merged[i].problems.map((p) => positioned(r.lines, p)) };
  });
  return loaded.map((l) => l.report);
}

/** A report with the line index of the text it was parsed from (to position problems found later). */
interface Loaded {
  report: RegistryFileReport;
  lines?: LineIndex;
}

/** Reads (through the checked reader) and parses `file` once; a file that cannot be read gets a one-line reason instead of a stack trace. */
function load(file: string): Loaded {
  // The checked reader: regular files within the size cap, strict UTF-8; standard input from its descriptor.
  const read = readRegistryArgument(file);
  if ('error' in read) return { report: { file, readError: read.error } };
  const text = read.text;
  const parsed = parseRegistry(text, file);
  const lines = new LineIndex(text);
  return { report: { file, parsed, problems: parsed.problems.map((p) => positioned(lines, p)) }, lines };
}

/** A problem with 1-based line and column from the index of its text. */
function positioned(lines: LineIndex, p: RegistryProblem): PositionedProblem {
  const from = lines.positionAt(p.start);
  const to = lines.positionAt(p.end);
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
}

/** `file:line:col: severity: message`, the form compilers print and editors' problem matchers read. */
export function problemLine(file: string, p: PositionedProblem): string {
  return `${file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`;
}

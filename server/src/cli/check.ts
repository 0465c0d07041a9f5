/**
 * `news-lens check [REGISTRY...]`: validates registry files the way the editor does,
 * for a pre-commit hook or the CI of the repository that holds a team's registry.
 * Prints `file:line:col: severity: message` (or one JSON document); exit 1 on any
 * error or unreadable file. Shared names are `info`: legal, so they never fail a check.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_REGISTRY_NAMES, defaultRegistryChoice, ignoredRegistryMessage } from '../files/defaultRegistry';
import type { CheckArgs } from './args';
import { loadMergedRegistryFiles, problemLine, type PositionedProblem } from './registryFiles';

/** One file in `--format json` output. */
export interface CheckFileJson {
  file: string;
  /** Entries in force once the entries with errors, and those whose id an earlier file defines, are left out (absent when the file could not be read). */
  entries?: number;
  problems: PositionedProblem[];
  /** Why the file could not be read, when it could not. */
  readError?: string;
}

/** The `--format json` document. */
export interface CheckJson {
  files: CheckFileJson[];
  errors: number;
  warnings: number;
  infos: number;
}

/** Runs the check; returns the exit status. */
export function runCheck(args: CheckArgs, cwd = process.cwd()): number {
  const defaults: { used?: string; ignored: string[] } = args.files.length > 0 ? { ignored: [] } : defaultRegistry(cwd);
  const files = args.files.length > 0 ? args.files : defaults.used ? [defaults.used] : [];
  if (files.length === 0) {
    process.stderr.write(`news-lens: no ${DEFAULT_REGISTRY_NAMES.join(', ')} in ${cwd}; name the registry files to check.\n`);
    return 1;
  }
  const out: CheckJson = { files: [], errors: 0, warnings: 0, infos: 0 };
  let unreadable = 0;
  // The files named together are one registry, merged in the order given, as `analyze --registry` merges them.
  const reports = loadMergedRegistryFiles(files);
  for (const report of reports) {
    const file = report.file;
    if ('readError' in report) {
      unreadable++;
      process.stderr.write(`news-lens: registry ${file} was not read: it ${report.readError}.\n`);
      out.files.push({ file, problems: [], readError: report.readError });
      continue;
    }
    out.files.push({ file, entries: report.parsed.entries.length, problems: report.problems });
    for (const p of report.problems) {
      if (p.severity === 'error') out.errors++;
      else if (p.severity === 'warning') out.warnings++;
      else out.infos++;
    }
    if (args.format === 'text' && report.problems.length > 0) process.stdout.write(report.problems.map((p) => `${problemLine(file, p)}\n`).join(''));
  }
  for (const file of defaults.ignored) {
    // Not read, by the editor or here: said on the file itself, so its errors and entries are not missed silently.
    const problem = ignoredFileProblem(defaults.used!);
    out.files.push({ file, entries: 0, problems: [problem] });
    out.warnings++;
    if (args.format === 'text') process.stdout.write(`${problemLine(file, problem)}\n`);
  }
  if (args.format === 'json') process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else {
    const entries = out.files.reduce((n, f) => n + (f.entries ?? 0), 0);
    const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
    process.stderr.write(
      `news-lens: ${count(reports.length - unreadable, 'registry file')} checked: ${count(out.errors, 'error')}, ${count(out.warnings, 'warning')}, ${count(out.infos, 'info')}; ${count(entries, 'entry', 'entries')} in force.\n`,
    );
  }
  return out.errors > 0 || unreadable > 0 ? 1 : 0;
}

/** The folder's own registry, as the editor picks it (files/defaultRegistry.ts), and the default names beside it that it ignores. */
function defaultRegistry(cwd: string): { used?: string; ignored: string[] } {
  return defaultRegistryChoice((name) => existsSync(join(cwd, name)) && statSync(join(cwd, name)).isFile());
}

/** The warning on a default-named file that the folder ignores, at its start. */
function ignoredFileProblem(used: string): PositionedProblem {
  return { severity: 'warning', message: ignoredRegistryMessage(used), line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
}

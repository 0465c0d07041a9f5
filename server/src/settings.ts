/**
 * Every `newsLens.*` setting, typed once. A test checks this list against the
 * `contributes.configuration` block of package.json, so the manifest and the
 * server cannot disagree. Settings marked "client" are read by the client only.
 */

/** The settings of one resource (a workspace folder or a file). */
export interface Settings {
  /** Extra registry files or globs (absolute, or relative to the workspace folder), beside each folder's entities.yaml. */
  registries: string[];
  /** Files longer than this many characters get their layout but no analysis. */
  maxFileSize: number;
  /** Registry files larger than this many bytes are refused (with an error), never read. */
  maxRegistrySize: number;
  /** The workspace index reads at most this many candidate files per workspace folder. */
  maxWorkspaceFiles: number;
  /** client: open `.txt` files that look like news articles as `news`. */
  detectTxtArticles: boolean;
  /** client: globs of files that always count as articles (e.g. `articles/**\/*.txt`). */
  articleGlobs: string[];
  /** Show the resolved value after relative dates as inlay hints. */
  inlayHints: { enabled: boolean };
  /** Severity of the "not in the registry" diagnostic on unregistered names, or off. */
  diagnostics: { unregisteredNames: 'off' | 'hint' | 'information' | 'warning' };
  /** client: traces the communication between VS Code and the server. */
  trace: { server: 'off' | 'messages' | 'verbose' };
}

/** The defaults; they must equal the manifest's defaults (tested). */
export const DEFAULT_SETTINGS: Settings = {
  registries: [],
  maxFileSize: 2_000_000,
  maxRegistrySize: 20_000_000,
  maxWorkspaceFiles: 50_000,
  detectTxtArticles: true,
  articleGlobs: [],
  inlayHints: { enabled: true },
  // Hint since issue 16: the reports are accurate (eval/problems.ts), but a new name in an article is not a problem.
  diagnostics: { unregisteredNames: 'hint' },
  trace: { server: 'off' },
};

/** Reads a raw `newsLens` configuration object defensively: wrong types fall back to defaults. */
export function toSettings(raw: unknown): Settings {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const strings = (v: unknown, d: string[]) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : d);
  const trace = (value.trace as Record<string, unknown> | undefined)?.server;
  const inlay = (value.inlayHints as Record<string, unknown> | undefined)?.enabled;
  const unregistered = (value.diagnostics as Record<string, unknown> | undefined)?.unregisteredNames;
  return {
    registries: strings(value.registries, DEFAULT_SETTINGS.registries),
    maxFileSize: typeof value.maxFileSize === 'number' && value.maxFileSize > 0 ? value.maxFileSize : DEFAULT_SETTINGS.maxFileSize,
    maxRegistrySize: typeof value.maxRegistrySize === 'number' && value.maxRegistrySize > 0 ? value.maxRegistrySize : DEFAULT_SETTINGS.maxRegistrySize,
    maxWorkspaceFiles:
      typeof value.maxWorkspaceFiles === 'number' && value.maxWorkspaceFiles > 0 ? Math.floor(value.maxWorkspaceFiles) : DEFAULT_SETTINGS.maxWorkspaceFiles,
    detectTxtArticles: typeof value.detectTxtArticles === 'boolean' ? value.detectTxtArticles : DEFAULT_SETTINGS.detectTxtArticles,
    articleGlobs: strings(value.articleGlobs, DEFAULT_SETTINGS.articleGlobs),
    inlayHints: { enabled: typeof inlay === 'boolean' ? inlay : DEFAULT_SETTINGS.inlayHints.enabled },
    diagnostics: {
      unregisteredNames:
        unregistered === 'off' || unregistered === 'hint' || unregistered === 'information' || unregistered === 'warning'
          ? unregistered
          : DEFAULT_SETTINGS.diagnostics.unregisteredNames,
    },
    trace: { server: trace === 'messages' || trace === 'verbose' ? trace : 'off' },
  };
}

/**
 * What a change of a setting must redo, cheapest first. Each change does only its own
 * class (issue 14): toggling inlay hints must not re-index the workspace.
 *  - `nothing`: read by the client only, or at the next use;
 *  - `refresh`: ask the client to re-request tokens and inlay hints;
 *  - `reanalyse`: re-check the open documents (their diagnostics follow);
 *  - `reload`: reload the registries and re-index the workspace.
 */
export type SettingsEffect = 'nothing' | 'refresh' | 'reanalyse' | 'reload';

const EFFECT_ORDER: readonly SettingsEffect[] = ['nothing', 'refresh', 'reanalyse', 'reload'];

/** The class of every setting (a test checks that each one is here and that each class does its work). */
export const SETTING_EFFECTS: Readonly<Record<keyof Settings, SettingsEffect>> = {
  registries: 'reload',
  maxRegistrySize: 'reload',
  // Which files the index reads and how much of each: the records change.
  maxWorkspaceFiles: 'reload',
  maxFileSize: 'reload',
  articleGlobs: 'reload',
  diagnostics: 'reanalyse',
  inlayHints: 'refresh',
  detectTxtArticles: 'nothing',
  trace: 'nothing',
};

/** The largest effect of the settings that differ between `before` and `after`. */
export function effectOfChange(before: Settings, after: Settings): SettingsEffect {
  let effect: SettingsEffect = 'nothing';
  for (const key of Object.keys(SETTING_EFFECTS) as (keyof Settings)[]) {
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    effect = largerEffect(effect, SETTING_EFFECTS[key]);
  }
  return effect;
}

/** The larger of two effects (the one that redoes more). */
export function largerEffect(a: SettingsEffect, b: SettingsEffect): SettingsEffect {
  return EFFECT_ORDER.indexOf(a) >= EFFECT_ORDER.indexOf(b) ? a : b;
}

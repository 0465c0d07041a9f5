/**
 * Custom messages between the News Lens client and server, declared once here and
 * imported by both sides so their shapes cannot drift apart.
 */

/** Request: the counts shown in the status bar for one article. */
export const ARTICLE_SUMMARY_REQUEST = 'newsLens/articleSummary';

/** Parameters of {@link ARTICLE_SUMMARY_REQUEST}. */
export interface ArticleSummaryParams {
  uri: string;
}

/** Result of {@link ARTICLE_SUMMARY_REQUEST}; null when the server has not seen the document. */
export interface ArticleSummary {
  entities: number;
  /** Distinct entities (mentions of one entity count once). */
  distinctEntities: number;
  dates: number;
  quotes: number;
  publicationDate: string | null;
  /** True when the file was over `newsLens.maxFileSize` and only its layout was read. */
  truncated: boolean;
  /** The status bar's tooltip in words ("1 quotation", "Published 3 February (year unknown)"). */
  tooltip: string;
}

/** Request: the Entities view's tree, for the whole workspace or one article. */
export const ENTITIES_REQUEST = 'newsLens/entities';

/** Parameters of {@link ENTITIES_REQUEST}; `uri` limits the tree to one article. */
export interface EntitiesParams {
  uri?: string;
}

/** One entity in the Entities view, with the articles that mention it. */
export interface EntityNode {
  entityId: string;
  name: string;
  type: string;
  registered: boolean;
  mentionCount: number;
  articles: {
    uri: string;
    title: string;
    publicationDate: string | null;
    mentions: { start: { line: number; character: number }; end: { line: number; character: number } }[];
  }[];
}

/** Result of {@link ENTITIES_REQUEST}: entities grouped by type, types in the spec's order. */
export interface EntitiesResult {
  groups: { type: string; entities: EntityNode[] }[];
  /** True while the first scan of the workspace is still running. */
  indexing: boolean;
}

/** Notification from the server: the index changed, views should refresh. */
export const INDEX_CHANGED_NOTIFICATION = 'newsLens/indexChanged';

/** Request: the annotations of articles in one of the CLI's formats, for the export command. */
export const EXPORT_REQUEST = 'newsLens/export';

/** Parameters of {@link EXPORT_REQUEST}: open or on-disk article URIs (empty = every indexed article). */
export interface ExportParams {
  uris: string[];
  format: 'json' | 'jsonl' | 'brat' | 'conll';
}

/** Result of {@link EXPORT_REQUEST}. */
export interface ExportResult {
  content: string;
  articles: number;
  /** Articles that could not be exported (unreadable, not a file), with why; absent when none. */
  skipped?: { uri: string; reason: string }[];
}

/** Request: the workspace edit that sets an article's publication date in its front matter. */
export const PUBLICATION_DATE_EDIT_REQUEST = 'newsLens/publicationDateEdit';

/** Parameters of {@link PUBLICATION_DATE_EDIT_REQUEST}. */
export interface PublicationDateEditParams {
  uri: string;
  /** YYYY-MM-DD, a day of the calendar (see isPublicationDate). */
  date: string;
}

/**
 * True when `value` is a YYYY-MM-DD day of the calendar. `Date.parse` is not enough: it
 * takes `2023-02-29` and `2023-04-31`, which the front matter then reports as impossible.
 */
export function isPublicationDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return day.getUTCFullYear() === +m[1] && day.getUTCMonth() === +m[2] - 1 && day.getUTCDate() === +m[3];
}

/** Parameters of {@link ADD_ENTRY_REQUEST}: the article the name was found in decides which registry. */
export interface AddToRegistryParams {
  uri: string;
  name: string;
  type?: string;
  /** Other names that should link to the new entry (a surname, a short form). */
  aliases?: string[];
}

/** Request: what "Add to registry" proposes for a name of an article: the type detected and the aliases to offer. */
export const ENTRY_SUGGESTION_REQUEST = 'newsLens/entrySuggestion';

/** Parameters of {@link ENTRY_SUGGESTION_REQUEST}. */
export interface EntrySuggestionParams {
  uri: string;
  name: string;
}

/** Result of {@link ENTRY_SUGGESTION_REQUEST}: the fullest form of the name, its detected type, the aliases to offer first. */
export interface EntrySuggestion {
  name: string;
  type: string;
  aliases: string[];
}

/**
 * Request: the workspace edit that adds a name to the registry (creating entities.yaml when
 * needed), with where the entry lands, for "Open entry".
 */
export const ADD_ENTRY_REQUEST = 'newsLens/addEntry';

/** Result of {@link ADD_ENTRY_REQUEST}: the edit to apply, the registry file it changes and the new entry's id. */
export interface AddEntryResult {
  edit: unknown;
  registryUri: string;
  id: string;
}

/**
 * Client command run after a quick fix's registry edit is applied: says what was added,
 * with an "Open entry" action. Arguments: {@link EntryAddedArgs}.
 */
export const ENTRY_ADDED_COMMAND = 'newsLens.entryAdded';

/** Client command that lets the reader pick the type and aliases of a new entry. Arguments: {@link AddToRegistryParams}. */
export const ADD_TO_REGISTRY_COMMAND = 'newsLens.addToRegistry';

/** Arguments of {@link ENTRY_ADDED_COMMAND}. */
export interface EntryAddedArgs {
  registryUri: string;
  id: string;
  name: string;
  type: string;
}

/**
 * The client command a hover's "not in the registry — Add…" link runs, with the arguments
 * `[uri, name, type]`: it adds the name to the registry the article uses (through
 * {@link ADD_ENTRY_REQUEST}), like "Add Selection to Registry" does for a selection.
 */
export const ADD_NAME_COMMAND = 'newsLens.addSelectionToRegistry';

/**
 * The only commands a hover card may link to. The client trusts the server's Markdown for
 * these and no others (`isTrusted: { enabledCommands }`), and the server's link helper
 * refuses any other, so a name or registry text can never make a card run a command.
 */
export const HOVER_COMMANDS: readonly string[] = [ADD_NAME_COMMAND];

/**
 * The plain data the analysis core produces. Everything here is JSON-friendly so
 * that the server, the CLI, the evaluations and the benchmarks share one shape.
 * Offsets are UTF-16 code units into the document text, `end` exclusive (spec §2).
 */

/** A stretch of the document text. Kept minimal so every annotation can extend it. */
export interface TextSpan {
  start: number;
  end: number;
}

/** The entity types of the spec (§2); the registry and the tagger speak only these. */
export const ENTITY_TYPES = ['person', 'organization', 'place', 'nationality', 'event', 'law', 'product', 'other'] as const;

/** One of the spec's entity types. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Where an entity mention came from, so hovers can say why something is marked. */
export type EntitySource = 'registry' | 'gazetteer' | 'tagger' | 'heuristic' | 'coreference';

/**
 * One registry entry a mention could name, with the scorer's confidence. Kept on the
 * mention so the editor can show the other readings and offer to link to them.
 */
export interface LinkCandidate {
  entityId: string;
  /** Confidence in [0, 1]; candidates are ranked best first. */
  score: number;
}

/** Where a registered mention's choice among several entries came from: the article's front matter, or the scorer. */
export type LinkSource = 'front-matter' | 'scorer';

/** A proper-name mention (spec §2, "entity"). */
export interface EntityMention extends TextSpan {
  text: string;
  type: EntityType;
  /** Registry id when `registered`, otherwise a stable id shared by the article's mentions of one entity. */
  entityId: string;
  /** True when the mention links to a registry entry. */
  registered: boolean;
  /** A title or role written before the name ("Chief Cabinet Secretary"), kept for the hover. */
  role?: string;
  source: EntitySource;
  /**
   * Present only when the mention's text matched more than one registry entry: every
   * candidate, best first. A mention whose type and context contradict every candidate
   * is left unregistered but still carries them, so the editor can offer "Link to …".
   */
  candidates?: LinkCandidate[];
  /** True when the margin between the first two candidates is too small to trust (the editor flags it). */
  ambiguous?: boolean;
  /** A few words on why the first candidate won ("full name; context: club, league"; "chosen in front matter"). */
  linkReason?: string;
  /** Where the choice among the candidates came from. */
  linkSource?: LinkSource;
}

/** TimeML TIMEX3 `mod` values the spec allows. */
export type DateMod = 'START' | 'MID' | 'END' | 'APPROX' | 'BEFORE' | 'AFTER';

/** TimeML TIMEX3 types, lower-cased as the spec writes them. */
export type DateType = 'date' | 'time' | 'duration' | 'set';

/** A temporal expression resolved against the publication date (spec §2, "date"). */
export interface DateMention extends TextSpan {
  text: string;
  /** TIMEX3 value, e.g. `2019-07-29`, `2019-W30`, `P1Y`, `XXXX-09-07`. */
  value: string;
  mod?: DateMod;
  dateType: DateType;
  /** A sentence for the hover saying how the value was found ("weekday before the publication date 2019-07-29"). */
  resolution: string;
}

/** Who a quotation is attributed to. */
export interface Speaker extends TextSpan {
  text: string;
  /** Entity id when the speaker is (or resolves to) a named entity; null for unnamed sources. */
  entityId: string | null;
}

/** A direct quotation (spec §2, "quote"). */
export interface QuoteMention extends TextSpan {
  /** The quoted text including its quotation marks. */
  text: string;
  speaker: Speaker | null;
}

/** Where the publication date came from; the order is the spec's order of precedence. */
export type PublicationDateSource = 'front-matter' | 'metadata' | 'dateline' | 'option' | 'none';

/** The date everything relative is resolved against. */
export interface PublicationDate {
  /** `YYYY-MM-DD`, `XXXX-MM-DD` when the year is unknown, or null when there is no date at all. */
  value: string | null;
  source: PublicationDateSource;
  /** The text the date was read from, when it was read from the article. */
  span?: TextSpan;
  /** How the year was found when the article does not print it (a weekday and the years it names); shown in hovers and the CLI. */
  evidence?: string;
}

/**
 * One `links:` entry of an article's front matter (the reader's choice among entries
 * that share a name, kept in the article and so in git). `form` is the mention's
 * surface form as written; spans point into the article so diagnostics can sit on them.
 */
export interface FrontMatterLink {
  /** The key: a mention's surface form, possessive stripped. */
  form: string;
  /** The key's span in the article. */
  keySpan: TextSpan;
  /**
   * A single id (`Portsmouth: portsmouth-fc`): every mention of the form links to it.
   * Absent when the value is a list.
   */
  all?: { id: string; span: TextSpan };
  /**
   * A list (`Daniel Price: [a, ~, b]`): the n-th mention of the form (document order) takes
   * the n-th item; null (`~`) means "decide in context". Absent when the value is a single id.
   */
  each?: { id: string | null; span: TextSpan }[];
}

/** A `links:` value the reader could not be made sense of: reported, never fatal. */
export interface FrontMatterLinkProblem extends TextSpan {
  message: string;
}

/** The front matter's `links:` map, read into typed entries in file order. */
export interface FrontMatterLinks {
  /** The span of the `links` key itself. */
  keySpan: TextSpan;
  entries: FrontMatterLink[];
  problems: FrontMatterLinkProblem[];
}

/** Why a front-matter block gives nothing (not valid YAML, or not `key: value` fields), at the YAML error when there is one. */
export interface FrontMatterError extends TextSpan {
  message: string;
}

/** The layout of an article as an editor reads it. */
export interface ArticleStructure {
  /**
   * `fields` holds the plain string fields; `links` the reader's choices among shared names, when given;
   * `error` why the block gives neither, when it cannot be used.
   */
  frontMatter?: TextSpan & { fields: Record<string, string>; links?: FrontMatterLinks; error?: FrontMatterError };
  headline?: TextSpan & { text: string };
  /** The first metadata, byline or stamp line at the top. */
  metadataLine?: TextSpan & { text: string };
  /** Every metadata, byline and date-stamp line at the top, in order (page furniture, not story text). */
  stamps?: (TextSpan & { text: string })[];
  dateline?: TextSpan & { text: string };
  /** Body paragraphs, in order; only these are analysed. */
  paragraphs: TextSpan[];
  /** Where trailing web boilerplate begins (`TOP STORIES`, `MORE … NEWS`…); absent when there is none. */
  boilerplate?: TextSpan;
}

/** A message the editor can show about the article as a whole (unknown year, unbalanced quote…). */
export interface Notice extends TextSpan {
  code: 'unknown-year' | 'invalid-date' | 'unbalanced-quote' | 'unattributed-quote' | 'too-large';
  message: string;
}

/** Everything the core knows about one article. */
export interface ArticleAnalysis {
  structure: ArticleStructure;
  publicationDate: PublicationDate;
  entities: EntityMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
  notices: Notice[];
}

/**
 * The CLI's output shapes: the JSON document of spec §4 (exactly its fields, in its
 * order), brat standoff and CoNLL columns.
 */
import { splitSentences, tokenize, type ArticleAnalysis } from '../analysis';
import { codePointOffsets } from './codePoints';

/** One article as spec §4 prints it. */
export interface ArticleJson {
  file: string;
  publicationDate: string | null;
  /** How the year of the publication date was found when the article does not print it; absent otherwise. */
  publicationDateEvidence?: string;
  /** `candidates` and `ambiguous` only for a mention whose text several registry entries claim. */
  entities: {
    start: number;
    end: number;
    text: string;
    type: string;
    entityId: string;
    candidates?: { entityId: string; score: number }[];
    ambiguous?: true;
  }[];
  dates: { start: number; end: number; text: string; value: string; mod?: string; dateType: string }[];
  quotes: { start: number; end: number; text: string; speaker: { start: number; end: number; text: string; entityId: string | null } | null }[];
}

/** Maps an analysis to the spec's JSON article. */
export function toArticleJson(file: string, analysis: ArticleAnalysis): ArticleJson {
  return {
    file,
    publicationDate: analysis.publicationDate.value,
    ...(analysis.publicationDate.evidence ? { publicationDateEvidence: analysis.publicationDate.evidence } : {}),
    entities: analysis.entities.map((e) => ({
      start: e.start,
      end: e.end,
      text: e.text,
      type: e.type,
      entityId: e.entityId,
      ...(e.candidates ? { candidates: e.candidates.map((c) => ({ entityId: c.entityId, score: c.score })) } : {}),
      ...(e.ambiguous ? { ambiguous: true as const } : {}),
    })),
    dates: analysis.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, ...(d.mod ? { mod: d.mod } : {}), dateType: d.dateType })),
    quotes: analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: q.speaker ? { start: q.speaker.start, end: q.speaker.end, text: q.speaker.text, entityId: q.speaker.entityId } : null,
    })),
  };
}

const BRAT_TYPES: Record<string, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  nationality: 'Nationality',
  event: 'Event',
  law: 'Law',
  product: 'Product',
  other: 'Other',
};

/**
 * brat standoff (`.ann`): T lines for entities, dates and quotes; the entity id and
 * the date value as notes (#); the speaker as a `Speaker` relation from quote to speaker.
 * brat cannot show a span across a line break as one fragment, so such spans are split
 * into fragments with `;`. Offsets count code points, as brat does (codePoints.ts).
 */
export function toBrat(text: string, analysis: ArticleAnalysis): string {
  const lines: string[] = [];
  const at = codePointOffsets(text);
  let t = 0;
  let r = 0;
  let n = 0;
  const textBound = (type: string, start: number, end: number) => {
    const id = `T${++t}`;
    const spans = fragments(text, start, end)
      .map(([from, to]) => `${at(from)} ${at(to)}`)
      .join(';');
    lines.push(`${id}\t${type} ${spans}\t${text.slice(start, end).replace(/[\r\n]+/g, ' ')}`);
    return id;
  };
  for (const e of analysis.entities) {
    const id = textBound(BRAT_TYPES[e.type], e.start, e.end);
    lines.push(`#${++n}\tAnnotatorNotes ${id}\t${e.entityId}`);
  }
  for (const d of analysis.dates) {
    const id = textBound('Date', d.start, d.end);
    lines.push(`#${++n}\tAnnotatorNotes ${id}\t${d.value}${d.mod ? ` mod=${d.mod}` : ''} ${d.dateType}`);
  }
  for (const q of analysis.quotes) {
    const quoteId = textBound('Quote', q.start, q.end);
    if (!q.speaker) continue;
    const speakerId = textBound('Speaker', q.speaker.start, q.speaker.end);
    if (q.speaker.entityId) lines.push(`#${++n}\tAnnotatorNotes ${speakerId}\t${q.speaker.entityId}`);
    lines.push(`R${++r}\tSaidBy Arg1:${quoteId} Arg2:${speakerId}`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

/** The pieces of `start`–`end` between line breaks, in UTF-16 offsets. */
function fragments(text: string, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = start;
  for (const m of text.slice(start, end).matchAll(/[\r\n]+/g)) {
    const at = start + m.index!;
    if (at > from) parts.push([from, at]);
    from = at + m[0].length;
  }
  if (end > from) parts.push([from, end]);
  return parts;
}

/**
 * CoNLL columns: the article after its front matter (headline, dateline, byline and body) in
 * the tagger's CoNLL-2003 tokens, one token a line with its IOB2 entity tag, a blank line
 * after each sentence. A sentence's full stop and a possessive "’s" are tokens of their own,
 * so a name's tokens are the name's words, as tools that train or score on CoNLL expect.
 */
export function toConll(text: string, analysis: ArticleAnalysis): string {
  const out: string[] = [];
  const entities = analysis.entities;
  let e = 0;
  const tokens = tokenize(text, analysis.structure.frontMatter?.end ?? 0, text.length);
  for (const sentence of splitSentences(text, tokens)) {
    for (const token of sentence) {
      // Entities are sorted and disjoint: skip those that end before this token.
      while (e < entities.length && entities[e].end <= token.start) e++;
      const entity = e < entities.length && entities[e].start < token.end ? entities[e] : undefined;
      const tag = entity ? `${entity.start >= token.start ? 'B' : 'I'}-${entity.type.toUpperCase()}` : 'O';
      out.push(`${token.text}\t${tag}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/**
 * Hover: the card of the entity, date or quotation under the cursor, saying what
 * the registry knows and how a value was worked out. One card per hover (issue 16):
 * a name that is also a speaker gets its quotations as lines of its own card, not a
 * second card stacked under it; counts that are zero are left out; an unregistered name
 * shows no id (it has none anywhere) but "not in the registry — Add…", a command link
 * the client trusts for our own commands only (protocol.ts, HOVER_COMMANDS).
 */
import { MarkupKind, type Hover, type TextDocumentPositionParams } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, DateMention, EntityMention, QuoteMention, Registry } from '../analysis';
import { spanAt, toRange } from '../convert';
import { ambiguitySection } from './ambiguityHover';
import { entityName } from '../wording/names';
import { mdBold, mdCode, mdCommandLink, mdLink, mdText } from '../markdown/safeMarkdown';
import { plainDate } from '../wording/dateWords';
import { count } from '../wording/count';
import type { ServiceContext } from '../service/context';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { ADD_NAME_COMMAND } from '../protocol';
import { indexKey, speakerRegistered } from '../workspace/articleRecord';
import { throwIfCancelled, type Cancellation } from '../service/cancellation';

/** The hover at `offset`, or null when nothing annotated is there; dates are written out in `locale` (the editor's display language). */
export function hover(
  document: TextDocument,
  analysis: ArticleAnalysis,
  registry: Registry,
  offset: number,
  index?: WorkspaceIndex,
  locale = 'en',
): Hover | null {
  const speakerQuote = analysis.quotes.find((q) => q.speaker && q.speaker.start <= offset && offset <= q.speaker.end);
  const entity = spanAt(analysis.entities, offset);
  if (entity) return card(document, entityCard(entity, analysis, registry, document.uri, index, locale), entity);
  if (speakerQuote) return card(document, quoteCard(speakerQuote, analysis, document.uri, index, registry), speakerQuote.speaker!);
  const date = spanAt(analysis.dates, offset);
  if (date) return card(document, dateCard(date, analysis, locale), date);
  const quote = spanAt(analysis.quotes, offset);
  if (quote) return card(document, quoteCard(quote, analysis, document.uri, index, registry), quote);
  return null;
}

/** The hover provider: cards for open articles. */
export function create(ctx: ServiceContext): (params: TextDocumentPositionParams, token: Cancellation) => Hover | null {
  return (params, token) => {
    throwIfCancelled(token);
    const open = ctx.article(params.textDocument.uri);
    return open ? hover(open.document, open.analysis, open.registry, open.document.offsetAt(params.position), ctx.index, ctx.locale) : null;
  };
}

function card(document: TextDocument, value: string, span: { start: number; end: number }): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(document, span) };
}

function entityCard(
  entity: EntityMention,
  analysis: ArticleAnalysis,
  registry: Registry,
  uri: string,
  index: WorkspaceIndex | undefined,
  locale: string,
): string {
  const entry = entity.registered ? registry.byId.get(entity.entityId) : undefined;
  const mentions = analysis.entities.filter((e) => e.entityId === entity.entityId).length;
  const name = mdBold(entityName(analysis.entities, entity.registered ? registry : undefined, entity.entityId, entity.text));
  // An unregistered name's id is a slug made up here: instead of it, the way to register the name.
  const add = entry ? '' : ` · not in the registry — ${mdCommandLink('Add…', ADD_NAME_COMMAND, [uri, entity.text, entity.type])}`;
  const lines = [`${name} — ${mdText(entity.type)}${add}`];
  if (entry?.description) lines.push('', mdText(entry.description));
  if (entity.role) lines.push('', `Role here: ${mdText(entity.role)}`);
  // The role just shown is not listed again: "Role here: Mayor" over "Roles: Mayor" said one thing twice.
  const roles = (entry?.roles ?? []).filter((r) => r.toLowerCase() !== entity.role?.toLowerCase());
  if (roles.length) lines.push('', `${entity.role ? 'Other roles' : 'Roles'}: ${roles.map(mdText).join('; ')}`);
  if (entry?.aliases.length) lines.push('', `Also: ${entry.aliases.map(mdText).join(', ')}`);
  if (entry?.links.length) lines.push('', entry.links.map((l) => mdLink(l, l)).join(' · '));
  const quoted = speakerLine(entity, analysis, uri, index);
  if (quoted) lines.push('', quoted);
  lines.push('', `${count(mentions, 'mention')} in this article${entry ? ` · id ${mdCode(entity.entityId)}` : ''}`);
  // The entries it could also be come after the chosen one's id, so that id is never read as one of them.
  const choice = ambiguitySection(entity, registry);
  if (choice) lines.push('', choice);
  if (index) {
    const key = indexKey(entity.entityId, entity.registered);
    const others = index.articlesMentioning(key).filter((a) => a.uri !== uri);
    if (others.length === 0) lines.push('', 'No other article in the workspace mentions it.');
    else {
      lines.push('', `Mentioned in ${others.length} other article${others.length === 1 ? '' : 's'}:`);
      for (const a of others.slice(0, 5)) {
        const first = a.entities.get(key)!.ranges[0].start;
        lines.push(
          `- ${mdLink(a.title || a.uri, `${a.uri}#L${first.line + 1}`)} ${a.publicationDate ? `· ${mdText(plainDate({ value: a.publicationDate }, locale))}` : ''}`,
        );
      }
      if (others.length > 5) lines.push(`- … and ${others.length - 5} more (Find All References)`);
    }
  }
  return lines.join('\n');
}

/**
 * What a name's card says of the entity as a speaker: "Quoted 2 times in this article ·
 * 3 quotations in other articles", each part only when not zero; undefined for a name
 * that says nothing quoted.
 */
function speakerLine(entity: EntityMention, analysis: ArticleAnalysis, uri: string, index?: WorkspaceIndex): string | undefined {
  const here = analysis.quotes.filter(
    (q) => q.speaker && (q.speaker.entityId === entity.entityId || (q.speaker.start === entity.start && q.speaker.end === entity.end)),
  ).length;
  const elsewhere = entity.registered ? quotesElsewhere(indexKey(entity.entityId, true), uri, index) : 0;
  const parts = [
    here > 0 ? `Quoted ${here === 1 ? 'once' : `${here} times`} in this article` : '',
    elsewhere > 0 ? `${count(elsewhere, 'quotation')} in other articles of the workspace` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** Quotations attributed to the entity filed under `key` (see indexKey) in the workspace's other articles. */
function quotesElsewhere(key: string, uri: string, index?: WorkspaceIndex): number {
  let n = 0;
  if (index) for (const a of index.articlesMentioning(key)) if (a.uri !== uri) n += a.quotes.filter((q) => q.speakerId === key).length;
  return n;
}

function dateCard(date: DateMention, analysis: ArticleAnalysis, locale: string): string {
  const lines = [
    `${mdBold(plainDate(date, locale))} — ${mdText(date.dateType)}`,
    '',
    `TIMEX3 value ${mdCode(date.value)}${date.mod ? ` mod ${mdCode(date.mod)}` : ''}`,
  ];
  lines.push('', mdText(date.resolution));
  if (analysis.publicationDate.value)
    lines.push('', `Publication date: ${mdText(analysis.publicationDate.value)} (from the ${mdText(analysis.publicationDate.source)})`);
  // A year the article does not print is an inference; the reader sees what it rests on.
  if (analysis.publicationDate.evidence) lines.push('', mdText(analysis.publicationDate.evidence));
  return lines.join('\n');
}

function quoteCard(quote: QuoteMention, analysis: ArticleAnalysis, uri: string, index?: WorkspaceIndex, registry?: Registry): string {
  if (!quote.speaker) return '**Quotation** — no speaker found';
  const speaker = quote.speaker;
  const same = analysis.quotes.filter(
    (q) => q !== quote && q.speaker && (speaker.entityId !== null ? q.speaker.entityId === speaker.entityId : q.speaker.text === speaker.text),
  ).length;
  const name = speaker.entityId ? entityName(analysis.entities, registry, speaker.entityId, speaker.text) : speaker.text;
  const lines = [`**Quotation** — said by ${mdText(name)}`];
  // Only counts a reader learns from: no "0 other quotations" lines.
  if (same > 0) lines.push('', `${count(same, 'other quotation')} by this speaker in this article`);
  const elsewhere = speaker.entityId ? quotesElsewhere(indexKey(speaker.entityId, speakerRegistered(analysis, speaker)), uri, index) : 0;
  if (elsewhere > 0) lines.push('', `${count(elsewhere, 'quotation')} by this speaker in other articles of the workspace`);
  return lines.join('\n');
}

/**
 * Hover: the card of the entity, date or quotation under the cursor, saying what
 * the registry knows and how a value was worked out.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, DateMention, EntityMention, QuoteMention, Registry } from '../analysis';
import { spanAt, toRange } from '../convert';
import { ambiguitySection } from './ambiguityHover';
import { entityName } from './names';
import { mdBold, mdCode, mdLink, mdText } from '../markdown/safeMarkdown';
import { plainDate } from './dateWords';
import type { ServerContext } from '../context';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { indexKey, speakerRegistered } from '../workspace/articleRecord';

/** The hover at `offset`, or null when nothing annotated is there. */
export function hover(document: TextDocument, analysis: ArticleAnalysis, registry: Registry, offset: number, index?: WorkspaceIndex): Hover | null {
  const speakerQuote = analysis.quotes.find((q) => q.speaker && q.speaker.start <= offset && offset <= q.speaker.end);
  const entity = spanAt(analysis.entities, offset);
  if (entity) {
    const speaking = analysis.quotes.filter((q) => q.speaker && q.speaker.start === entity.start && q.speaker.end === entity.end);
    const quoteLine = speaking.length > 0 ? ['', '---', '', quoteCard(speaking[0], analysis, document.uri, index, registry)] : [];
    const choice = ambiguitySection(entity, registry);
    const choiceLines = choice ? ['', '---', '', choice] : [];
    return card(document, [entityCard(entity, analysis, registry, document.uri, index), ...choiceLines, ...quoteLine].join('\n'), entity);
  }
  if (speakerQuote) return card(document, quoteCard(speakerQuote, analysis, document.uri, index, registry), speakerQuote.speaker!);
  const date = spanAt(analysis.dates, offset);
  if (date) return card(document, dateCard(date, analysis), date);
  const quote = spanAt(analysis.quotes, offset);
  if (quote) return card(document, quoteCard(quote, analysis, document.uri, index, registry), quote);
  return null;
}

/** Answers hover requests for open articles. */
export function register(ctx: ServerContext): void {
  ctx.connection.onHover((params) => {
    const open = ctx.article(params.textDocument.uri);
    return open ? hover(open.document, open.analysis, open.registry, open.document.offsetAt(params.position), ctx.index) : null;
  });
}

function card(document: TextDocument, value: string, span: { start: number; end: number }): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(document, span) };
}

function entityCard(entity: EntityMention, analysis: ArticleAnalysis, registry: Registry, uri: string, index?: WorkspaceIndex): string {
  const entry = entity.registered ? registry.byId.get(entity.entityId) : undefined;
  const mentions = analysis.entities.filter((e) => e.entityId === entity.entityId).length;
  const lines = [`${mdBold(entityName(analysis.entities, entity.registered ? registry : undefined, entity.entityId, entity.text))} — ${mdText(entity.type)}${entry ? '' : ' (not in the registry)'}`];
  if (entry?.description) lines.push('', mdText(entry.description));
  if (entity.role) lines.push('', `Role here: ${mdText(entity.role)}`);
  if (entry?.roles.length) lines.push('', `Roles: ${entry.roles.map(mdText).join('; ')}`);
  if (entry?.aliases.length) lines.push('', `Also: ${entry.aliases.map(mdText).join(', ')}`);
  if (entry?.links.length) lines.push('', entry.links.map((l) => mdLink(l, l)).join(' · '));
  lines.push('', `${mentions} mention${mentions === 1 ? '' : 's'} in this article · id ${mdCode(entity.entityId)}`);
  if (index) {
    const key = indexKey(entity.entityId, entity.registered);
    const others = index.articlesMentioning(key).filter((a) => a.uri !== uri);
    if (others.length === 0) lines.push('', 'No other article in the workspace mentions it.');
    else {
      lines.push('', `Mentioned in ${others.length} other article${others.length === 1 ? '' : 's'}:`);
      for (const a of others.slice(0, 5)) {
        const first = a.entities.get(key)!.ranges[0].start;
        lines.push(`- ${mdLink(a.title || a.uri, `${a.uri}#L${first.line + 1}`)} ${a.publicationDate ? `· ${mdText(a.publicationDate)}` : ''}`);
      }
      if (others.length > 5) lines.push(`- … and ${others.length - 5} more (Find All References)`);
    }
  }
  return lines.join('\n');
}

function dateCard(date: DateMention, analysis: ArticleAnalysis): string {
  const lines = [`${mdBold(plainDate(date))} — ${mdText(date.dateType)}`, '', `TIMEX3 value ${mdCode(date.value)}${date.mod ? ` mod ${mdCode(date.mod)}` : ''}`];
  lines.push('', mdText(date.resolution));
  if (analysis.publicationDate.value) lines.push('', `Publication date: ${mdText(analysis.publicationDate.value)} (from the ${mdText(analysis.publicationDate.source)})`);
  // A year the article does not print is an inference; the reader sees what it rests on.
  if (analysis.publicationDate.evidence) lines.push('', mdText(analysis.publicationDate.evidence));
  return lines.join('\n');
}

function quoteCard(quote: QuoteMention, analysis: ArticleAnalysis, uri: string, index?: WorkspaceIndex, registry?: Registry): string {
  if (!quote.speaker) return '**Quotation** — no speaker found';
  const speaker = quote.speaker;
  const same = analysis.quotes.filter((q) => q !== quote && q.speaker && (speaker.entityId !== null ? q.speaker.entityId === speaker.entityId : q.speaker.text === speaker.text)).length;
  const name = speaker.entityId ? entityName(analysis.entities, registry, speaker.entityId, speaker.text) : speaker.text;
  const lines = [`**Quotation** — said by ${mdText(name)}`, '', `${same} other quote${same === 1 ? '' : 's'} by this speaker in this article`];
  if (index && speaker.entityId) {
    let elsewhere = 0;
    const key = indexKey(speaker.entityId, speakerRegistered(analysis, speaker));
    for (const a of index.articlesMentioning(key)) if (a.uri !== uri) elsewhere += a.quotes.filter((q) => q.speakerId === key).length;
    lines.push('', `${elsewhere} quote${elsewhere === 1 ? '' : 's'} by this speaker in other articles of the workspace`);
  }
  return lines.join('\n');
}

/**
 * Hover: the card of the entity, date or quotation under the cursor, saying what
 * the registry knows and how a value was worked out.
 */
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, DateMention, EntityMention, QuoteMention, Registry } from '../analysis';
import { spanAt, toRange } from '../convert';

/** The hover at `offset`, or null when nothing annotated is there. */
export function hover(document: TextDocument, analysis: ArticleAnalysis, registry: Registry, offset: number): Hover | null {
  const speakerQuote = analysis.quotes.find((q) => q.speaker && q.speaker.start <= offset && offset <= q.speaker.end);
  const entity = spanAt(analysis.entities, offset);
  if (entity) return card(document, entityCard(entity, analysis, registry), entity);
  if (speakerQuote) return card(document, quoteCard(speakerQuote, analysis), speakerQuote.speaker!);
  const date = spanAt(analysis.dates, offset);
  if (date) return card(document, dateCard(date, analysis), date);
  const quote = spanAt(analysis.quotes, offset);
  if (quote) return card(document, quoteCard(quote, analysis), quote);
  return null;
}

function card(document: TextDocument, value: string, span: { start: number; end: number }): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(document, span) };
}

function entityCard(entity: EntityMention, analysis: ArticleAnalysis, registry: Registry): string {
  const entry = entity.registered ? registry.byId.get(entity.entityId) : undefined;
  const mentions = analysis.entities.filter((e) => e.entityId === entity.entityId).length;
  const lines = [`**${escape(entry?.name ?? canonicalName(entity, analysis))}** — ${entity.type}${entry ? '' : ' (not in the registry)'}`];
  if (entry?.description) lines.push('', escape(entry.description));
  if (entity.role) lines.push('', `Role here: ${escape(entity.role)}`);
  if (entry?.roles.length) lines.push('', `Roles: ${entry.roles.map(escape).join('; ')}`);
  if (entry?.aliases.length) lines.push('', `Also: ${entry.aliases.map(escape).join(', ')}`);
  if (entry?.links.length) lines.push('', entry.links.map((l) => `[${escape(l)}](${l})`).join(' · '));
  lines.push('', `${mentions} mention${mentions === 1 ? '' : 's'} in this article · id \`${entity.entityId}\``);
  return lines.join('\n');
}

/** The longest surface form of an unregistered entity stands for its name. */
function canonicalName(entity: EntityMention, analysis: ArticleAnalysis): string {
  return analysis.entities.filter((e) => e.entityId === entity.entityId).reduce((a, b) => (b.text.length > a.length ? b.text : a), entity.text);
}

function dateCard(date: DateMention, analysis: ArticleAnalysis): string {
  const lines = [`**${escape(readable(date.value))}** — ${date.dateType}${date.mod ? `, ${date.mod.toLowerCase()}` : ''}`, '', `TIMEX3 value \`${date.value}\`${date.mod ? ` mod \`${date.mod}\`` : ''}`];
  lines.push('', escape(date.resolution));
  if (analysis.publicationDate.value) lines.push('', `Publication date: ${analysis.publicationDate.value} (from the ${analysis.publicationDate.source})`);
  return lines.join('\n');
}

function quoteCard(quote: QuoteMention, analysis: ArticleAnalysis): string {
  if (!quote.speaker) return '**Quotation** — no speaker found';
  const same = analysis.quotes.filter((q) => q !== quote && q.speaker && (quote.speaker!.entityId !== null ? q.speaker.entityId === quote.speaker!.entityId : q.speaker.text === quote.speaker!.text)).length;
  return [`**Quotation** — said by ${escape(quote.speaker.text)}`, '', `${same} other quote${same === 1 ? '' : 's'} by this speaker in this article`].join('\n');
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2019-07-29" → "Monday, 29 July 2019"; other TIMEX3 values are shown as they are. */
export function readable(value: string): string {
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (full) {
    const d = new Date(Date.UTC(+full[1], +full[2] - 1, +full[3]));
    return `${WEEKDAYS[d.getUTCDay()]}, ${+full[3]} ${MONTHS[+full[2] - 1]} ${full[1]}`;
  }
  const month = /^(\d{4}|XXXX)-(\d{2})$/.exec(value);
  if (month) return `${MONTHS[+month[2] - 1]} ${month[1] === 'XXXX' ? '(year unknown)' : month[1]}`;
  return value;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}

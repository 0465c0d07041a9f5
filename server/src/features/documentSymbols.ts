/**
 * The outline: the article (headline, dateline, publication date), then People,
 * Organizations, Places and the other types, each entity with its mentions as
 * children; quotations grouped by speaker; dates in calendar order.
 */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, EntityMention, EntityType, Registry, TextSpan } from '../analysis';
import { calendarKey } from '../wording/calendarOrder';
import { distinctName } from '../wording/names';
import { toRange } from '../convert';
import type { ServiceContext } from '../service/context';
import { throwIfCancelled, type Cancellation } from '../service/cancellation';

const GROUPS: { type: EntityType; label: string; kind: SymbolKind }[] = [
  { type: 'person', label: 'People', kind: SymbolKind.Variable },
  { type: 'organization', label: 'Organizations', kind: SymbolKind.Class },
  { type: 'place', label: 'Places', kind: SymbolKind.Namespace },
  { type: 'nationality', label: 'Nationalities', kind: SymbolKind.EnumMember },
  { type: 'event', label: 'Events', kind: SymbolKind.Event },
  { type: 'law', label: 'Laws and agreements', kind: SymbolKind.Interface },
  { type: 'product', label: 'Products', kind: SymbolKind.Struct },
  { type: 'other', label: 'Other names', kind: SymbolKind.Key },
];

/** The outline of one article. */
export function documentSymbols(document: TextDocument, analysis: ArticleAnalysis, registry?: Registry): DocumentSymbol[] {
  const text = document.getText();
  const symbol = (
    name: string,
    detail: string,
    kind: SymbolKind,
    span: TextSpan,
    children: DocumentSymbol[] = [],
    select: TextSpan = span,
  ): DocumentSymbol => ({
    name: name.trim() || '(untitled)',
    detail,
    kind,
    range: toRange(document, span),
    selectionRange: toRange(document, select),
    children,
  });
  const { structure, publicationDate } = analysis;
  const articleChildren: DocumentSymbol[] = [];
  if (structure.dateline) articleChildren.push(symbol(structure.dateline.text, 'dateline', SymbolKind.String, structure.dateline));
  if (publicationDate.value) {
    articleChildren.push(
      symbol(
        publicationDate.value,
        `publication date (${publicationDate.source})`,
        SymbolKind.Constant,
        publicationDate.span ?? structure.headline ?? { start: 0, end: 0 },
      ),
    );
  }
  const title = structure.frontMatter?.fields.title ?? structure.headline?.text ?? 'Article';
  // The article symbol covers the top matter only, so the outline and breadcrumbs follow the cursor into the body's entities.
  const topEnd = Math.max(
    structure.headline?.end ?? 0,
    structure.metadataLine?.end ?? 0,
    structure.dateline?.end ?? 0,
    structure.frontMatter?.end ?? 0,
    publicationDate.span?.end ?? 0,
  );
  const top = { start: 0, end: Math.max(topEnd, Math.min(text.length, 1)) };
  const out: DocumentSymbol[] = [symbol(title, 'article', SymbolKind.File, top, articleChildren, structure.headline ?? { start: 0, end: 0 })];

  // VS Code sorts the outline by range start, then end, then name. Groups (and the dates inside theirs)
  // all start at 0 and end one character apart, in the order given here, so that sort keeps it;
  // entities span their first mention, so the breadcrumbs name the entity under the cursor and
  // never a neighbour whose mentions surround it.
  // A group's range must hold its selection, the group's first mention (LSP; VS Code rejects the whole
  // outline otherwise): in a brief that ends "…, said Dario Fenwick." that mention ends in the last 20 characters.
  let rank = 0;
  const ranked = (select: TextSpan) => ({ start: 0, end: Math.max(0, text.length - 20 + rank++, select.end) });
  // Only a registered entity goes by its registry name: an unregistered one may carry a registry id's slug.
  const registered = new Set(analysis.entities.filter((e) => e.registered).map((e) => e.entityId));
  // An entity's longest mention, found in one pass: asking entityName per entity and per quotation read every
  // mention each time, which took a 2 MB article's outline 28 s.
  const longest = new Map<string, string>();
  for (const e of analysis.entities) if (e.text.length > (longest.get(e.entityId)?.length ?? -1)) longest.set(e.entityId, e.text);
  const longestName = (entityId: string, fallback: string) => longest.get(entityId)?.replace(/\s+/g, ' ') || fallback;
  // Entries that share a name are told apart ("Daniel Price (pianist)"): the outline lists them side by side.
  const nameOf = (entityId: string, fallback: string) =>
    !registered.has(entityId)
      ? longestName(entityId, fallback)
      : ((registry && distinctName(registry, entityId)) ?? registry?.byId.get(entityId)?.name ?? longestName(entityId, fallback));
  for (const group of GROUPS) {
    const entities = byEntity(analysis.entities.filter((e) => e.type === group.type));
    if (entities.length === 0) continue;
    const children = entities.map(([id, mentions]) =>
      symbol(
        nameOf(id, mentions[0].text),
        `${mentions.length} mention${mentions.length === 1 ? '' : 's'}${mentions[0].registered ? '' : ' · unregistered'}`,
        group.kind,
        mentions[0],
        mentions.slice(0, MAX_CHILDREN).map((m) => symbol(m.text, m.role ?? '', group.kind, m)),
      ),
    );
    out.push(symbol(group.label, String(entities.length), SymbolKind.Package, ranked(entities[0][1][0]), children, entities[0][1][0]));
  }
  if (analysis.quotes.length > 0) {
    // One group per speaker: the person (by entity id) however the text names them, else the words used.
    const bySpeaker = new Map<string, { name: string; quotes: typeof analysis.quotes }>();
    for (const q of analysis.quotes) {
      const key = q.speaker?.entityId ?? `text:${q.speaker?.text.toLowerCase() ?? ''}`;
      const name = q.speaker ? (q.speaker.entityId ? nameOf(q.speaker.entityId, q.speaker.text) : q.speaker.text) : '(no speaker)';
      const entry = bySpeaker.get(key) ?? { name, quotes: [] };
      entry.quotes.push(q);
      bySpeaker.set(key, entry);
    }
    const children = [...bySpeaker.values()].map(({ name, quotes }) =>
      symbol(
        name,
        `${quotes.length} quote${quotes.length === 1 ? '' : 's'}`,
        SymbolKind.Variable,
        quotes[0],
        quotes.slice(0, MAX_CHILDREN).map((q) => symbol(shorten(q.text), '', SymbolKind.String, q)),
      ),
    );
    out.push(symbol('Quotes', String(analysis.quotes.length), SymbolKind.Package, ranked(analysis.quotes[0]), children, analysis.quotes[0]));
  }
  if (analysis.dates.length > 0) {
    const dates = [...analysis.dates].sort((a, b) => calendarKey(a.value).localeCompare(calendarKey(b.value)) || a.start - b.start).slice(0, MAX_CHILDREN);
    const datesRange = ranked(analysis.dates[0]);
    const children = dates.map((d, i) =>
      symbol(
        `${d.text}`,
        `${d.value}${d.mod ? ' ' + d.mod : ''}`,
        SymbolKind.Constant,
        { start: 0, end: Math.max(d.end, text.length - dates.length + i) },
        [],
        d,
      ),
    );
    out.push(symbol('Dates', String(analysis.dates.length), SymbolKind.Package, datesRange, children, analysis.dates[0]));
  }
  return out;
}

/**
 * The most children one outline node lists (an entity's mentions, a speaker's quotations, the
 * dates); its detail still gives the whole count. A 2 MB article's outline listed 60,000
 * mentions, a 19 MB answer that no one scrolls and VS Code re-requests after every edit.
 */
export const MAX_CHILDREN = 1000;

/** Groups mentions by entity id, in order of first mention (one push each: copying the list per mention was quadratic). */
function byEntity(mentions: EntityMention[]): [string, EntityMention[]][] {
  const groups = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    const list = groups.get(m.entityId);
    if (list) list.push(m);
    else groups.set(m.entityId, [m]);
  }
  return [...groups];
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** The outline provider for open articles. */
export function create(ctx: ServiceContext): (params: DocumentSymbolParams, token: Cancellation) => DocumentSymbol[] {
  return (params, token) => {
    throwIfCancelled(token);
    const open = ctx.article(params.textDocument.uri);
    return open ? documentSymbols(open.document, open.analysis, open.registry) : [];
  };
}

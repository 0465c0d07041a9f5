/**
 * The linking problems of an article (issue 10): a name whose registry entries
 * scored too close to trust the choice gets an Information diagnostic with every
 * candidate as related information (so the reader can open each entry), and a
 * front-matter `links` key naming an id the registry does not know gets a Warning,
 * because that choice is silently ignored otherwise.
 */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Location } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, EntityMention, FrontMatterLinks, Registry, RegistryEntry, TextSpan } from '../analysis';
import { toRange } from '../convert';
import { oneLine } from '../wording/names';

/** Codes of these diagnostics (the quick fixes switch on the first). */
export const LINK_CODES = {
  ambiguous: 'ambiguous-name',
  unknownLinkId: 'unknown-link-id',
  badLinkValue: 'bad-link-value',
} as const;

/** What a quick fix needs to know about an ambiguous mention. */
export interface AmbiguityData {
  text: string;
  type: string;
  ids: string[];
}

/** Where a registry entry is written, for related information; undefined when it is not in a file. */
export type EntryLocator = (entry: RegistryEntry) => Location | undefined;

/** Diagnostics for low-margin mentions and for front-matter links the registry cannot honour. */
export function linkDiagnostics(document: TextDocument, analysis: ArticleAnalysis, registry: Registry, locate: EntryLocator): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of analysis.entities) if (m.ambiguous && m.candidates && m.candidates.length > 1) out.push(ambiguous(document, m, registry, locate));
  const links = analysis.structure.frontMatter?.links;
  if (links) out.push(...unknownLinks(document, links, registry));
  return out;
}

function ambiguous(document: TextDocument, m: EntityMention, registry: Registry, locate: EntryLocator): Diagnostic {
  const candidates = m.candidates!;
  const label = (id: string) => {
    const entry = registry.byId.get(id);
    return entry ? `${entry.name} (${entry.type})` : id;
  };
  const chosen = m.registered
    ? `; linked to ${label(m.entityId)}${m.linkReason ? ` (${m.linkReason})` : ''}, but the others score almost as well`
    : '; none is linked';
  const relatedInformation: DiagnosticRelatedInformation[] = [];
  for (const c of candidates) {
    const entry = registry.byId.get(c.entityId);
    const location = entry ? locate(entry) : undefined;
    if (!entry || !location) continue;
    const description = entry.description ? ` — ${oneLine(entry.description)}` : '';
    relatedInformation.push({ location, message: `${label(entry.id)}${description} · score ${c.score.toFixed(2)}` });
  }
  const data: AmbiguityData = { text: m.text, type: m.type, ids: candidates.map((c) => c.entityId) };
  return {
    range: toRange(document, m),
    severity: DiagnosticSeverity.Information,
    code: LINK_CODES.ambiguous,
    source: 'News Lens',
    message: `"${m.text.replace(/\s+/g, ' ')}" could be ${candidates.length} registry entries${chosen}. Choose one with a quick fix; the choice is kept in the front matter.`,
    ...(relatedInformation.length > 0 ? { relatedInformation } : {}),
    data,
  };
}

/**
 * A Warning on each `links` key whose id (or one of whose ids) the registry does not
 * know, and on each value the linker could not read (its own message).
 */
function unknownLinks(document: TextDocument, links: FrontMatterLinks, registry: Registry): Diagnostic[] {
  const warn = (span: TextSpan, code: string, message: string): Diagnostic => ({
    range: toRange(document, span),
    severity: DiagnosticSeverity.Warning,
    code,
    source: 'News Lens',
    message,
  });
  const out = links.problems.map((p) => warn(p, LINK_CODES.badLinkValue, p.message));
  for (const link of links.entries) {
    const ids = link.all ? [link.all.id] : (link.each ?? []).flatMap((e) => (e.id === null ? [] : [e.id]));
    const unknown = [...new Set(ids.filter((id) => !registry.byId.has(id)))];
    if (unknown.length === 0) continue;
    const list = unknown.map((id) => `"${id}"`).join(', ');
    out.push(
      warn(
        link.keySpan,
        LINK_CODES.unknownLinkId,
        `${list} ${unknown.length === 1 ? 'is not an id' : 'are not ids'} in the registry, so the link for "${link.form}" is ${link.all ? '' : 'partly '}ignored.`,
      ),
    );
  }
  return out;
}

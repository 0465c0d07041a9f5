/**
 * The reader decides which registry entry a shared name means (issue 10): quick
 * fixes on every mention that had several candidates, confident or not, because the
 * reader may know better. One per candidate links every mention of the form ("Link
 * 'Portsmouth' to Portsmouth F.C. (organization) — professional football club…", or
 * "Link all 3 mentions of 'Portsmouth' in this article to …" when there are several);
 * "Link only this mention …" writes the per-occurrence list, for an article that names
 * two Portsmouths. The choice goes into the article's front matter (`links`) as one
 * workspace edit, so it is undoable and travels with the article through git. Only a
 * confident choice (large margin) has a preferred fix.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArticleAnalysis, EntityMention, FrontMatterLinks, Registry, RegistryEntry } from '../analysis';
import { findLink, linkFormOf, linkOccurrences, linkValue, setFrontMatterLink, withOccurrence, type LinkValue } from '../analysis';
import { toRange } from '../convert';
import { LINK_CODES } from './linkDiagnostics';
import { oneLine } from '../wording/names';

/** A margin between the first two candidates' scores at least this large makes the first a safe default (preferred fix). */
export const PREFERRED_MARGIN = 0.5;

/** The linking quick fixes for the mentions in `[from, to]` and those the given diagnostics point at. */
export function linkActions(
  document: TextDocument,
  analysis: ArticleAnalysis,
  registry: Registry,
  from: number,
  to: number,
  diagnostics: readonly Diagnostic[],
): CodeAction[] {
  const targets = new Map<number, { mention: EntityMention; diagnostic?: Diagnostic }>();
  const under = analysis.entities.find((e) => e.start <= from && to <= e.end && e.candidates?.length);
  if (under) targets.set(under.start, { mention: under });
  for (const diagnostic of diagnostics) {
    if (diagnostic.code !== LINK_CODES.ambiguous) continue;
    const start = document.offsetAt(diagnostic.range.start);
    const mention = analysis.entities.find((e) => e.start === start && e.candidates?.length);
    if (mention) targets.set(start, { mention, diagnostic });
  }
  return [...targets.values()].flatMap(({ mention, diagnostic }) => mentionActions(document, analysis, registry, mention, diagnostic));
}

function mentionActions(document: TextDocument, analysis: ArticleAnalysis, registry: Registry, mention: EntityMention, diagnostic?: Diagnostic): CodeAction[] {
  const text = document.getText();
  const form = linkFormOf(mention.text).trim();
  const { index, count, current } = occurrenceOf(analysis, mention, form);
  const candidates = mention.candidates ?? [];
  const margin = candidates.length > 1 ? candidates[0].score - candidates[1].score : 1;
  const preferred = !mention.ambiguous && margin >= PREFERRED_MARGIN ? candidates[0].entityId : undefined;
  const actions: CodeAction[] = [];
  const add = (title: string, value: LinkValue, isPreferred: boolean) => {
    try {
      const splices = setFrontMatterLink(text, form, value);
      if (splices.length === 0) return;
      const edits = splices.map((s) => ({ range: toRange(document, s), newText: s.newText }));
      actions.push({
        title,
        kind: CodeActionKind.QuickFix,
        isPreferred,
        ...(diagnostic ? { diagnostics: [diagnostic] } : {}),
        edit: { changes: { [document.uri]: edits } },
      });
    } catch (error) {
      // Front matter that cannot be edited safely: say why instead of offering nothing.
      if (!actions.some((a) => a.disabled)) actions.push({ title, kind: CodeActionKind.QuickFix, disabled: { reason: (error as Error).message } });
    }
  };
  for (const c of candidates) {
    const entry = registry.byId.get(c.entityId);
    if (!entry || current === c.entityId) continue;
    const title = count > 1 ? `Link all ${count} mentions of '${form}' in this article to ${label(entry)}` : `Link '${form}' to ${label(entry)}`;
    add(title, c.entityId, c.entityId === preferred);
  }
  if (count > 1) {
    const entries = candidates.map((c) => registry.byId.get(c.entityId)).filter((e): e is RegistryEntry => e !== undefined);
    for (const c of candidates) {
      const entry = registry.byId.get(c.entityId);
      const already = Array.isArray(current) ? current[index] === c.entityId : current === c.entityId;
      if (!entry || already) continue;
      add(
        `Link only this mention of '${form}' (${index + 1} of ${count}) to ${shortLabel(entry, entries)}`,
        withOccurrence(current, index, count, c.entityId),
        false,
      );
    }
  }
  return actions;
}

/**
 * Which mention of its form `mention` is (0-based), how many the form has, and what the
 * front matter says for it now, counted exactly as the linker counts (linkOccurrences):
 * under the key that would hold the choice, the existing one or a new one for `form`.
 */
function occurrenceOf(analysis: ArticleAnalysis, mention: EntityMention, form: string): { index: number; count: number; current: LinkValue | undefined } {
  const links = analysis.structure.frontMatter?.links;
  const existing = findLink(links, form);
  const withKey: FrontMatterLinks =
    existing && links ? links : { keySpan: { start: 0, end: 0 }, problems: [], entries: [...(links?.entries ?? []), { form, keySpan: { start: 0, end: 0 } }] };
  const mentions = [...analysis.entities].sort((a, b) => a.start - b.start);
  const occurrences = linkOccurrences(mentions, withKey);
  const own = occurrences.get(mention);
  if (!own) return { index: 0, count: 1, current: linkValue(existing) };
  let count = 0;
  for (const o of occurrences.values()) if (o.link === own.link) count++;
  return { index: own.occurrence, count, current: linkValue(existing) };
}

/**
 * "Portsmouth F.C. (organization)", or the whole label when another candidate has the same
 * name and type: two "Daniel Price (person)" fixes side by side could not be told apart.
 */
function shortLabel(entry: RegistryEntry, candidates: readonly RegistryEntry[]): string {
  const short = (e: RegistryEntry) => `${e.name.replace(/\s+/g, ' ')} (${e.type})`;
  return candidates.some((other) => other !== entry && short(other) === short(entry)) ? label(entry) : short(entry);
}

/** "Portsmouth F.C. (organization) — professional football club based in Portsmouth". */
function label(entry: RegistryEntry): string {
  const description = entry.description ? oneLine(entry.description) : '';
  return `${entry.name.replace(/\s+/g, ' ')} (${entry.type})${description ? ` — ${description}` : ''}`;
}

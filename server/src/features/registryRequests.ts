/**
 * The custom requests behind the client's commands "Add to Registry…" and "Set
 * Publication Date": the server proposes (the detected type, the aliases to offer) and
 * computes the workspace edit, the client asks the reader and applies it, so the edit
 * is undoable and the client stays thin.
 */
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { RequestRefused } from '../service/errors';
import { ENTITY_TYPES, setFrontMatterDate, suggestedAliases, unregisteredReports, type EntityType } from '../analysis';
import type { OpenArticle, ServiceContext } from '../service/context';
import { toRange } from '../convert';
import {
  isPublicationDate,
  type AddEntryResult,
  type AddToRegistryParams,
  type EntrySuggestion,
  type EntrySuggestionParams,
  type PublicationDateEditParams,
} from '../protocol';
import { registryAddition } from '../registryFiles/registryEdits';
import { throwIfCancelled, type Cancellation } from '../service/cancellation';

/** The providers of the edit requests (`PUBLICATION_DATE_EDIT_REQUEST`, `ADD_ENTRY_REQUEST`, `ENTRY_SUGGESTION_REQUEST`). */
export function create(ctx: ServiceContext) {
  const publicationDateEdit = (params: PublicationDateEditParams, token: Cancellation): WorkspaceEdit => {
    throwIfCancelled(token);
    const open = ctx.article(params.uri);
    if (!open) throw new RequestRefused('invalid-params', 'Open the article first.');
    if (typeof params.date !== 'string' || !isPublicationDate(params.date))
      throw new RequestRefused('invalid-params', `"${params.date}" is not a day of the calendar (YYYY-MM-DD).`);
    const splice = setFrontMatterDate(open.document.getText(), params.date);
    return { changes: { [params.uri]: [{ range: toRange(open.document, splice), newText: splice.newText }] } };
  };

  const addEntry = (params: AddToRegistryParams, token: Cancellation): AddEntryResult => {
    throwIfCancelled(token);
    const { name, type, aliases } = entryOf(ctx, params);
    try {
      return registryAddition(ctx, params.uri, { kind: 'add', name, type, aliases });
    } catch (error) {
      throw new RequestRefused('invalid-request', (error as Error).message);
    }
  };

  const entrySuggestion = (params: EntrySuggestionParams, token: Cancellation): EntrySuggestion => {
    throwIfCancelled(token);
    const name = params.name.replace(/\s+/g, ' ').trim();
    if (!name) throw new RequestRefused('invalid-params', 'Select a name to add.');
    return suggestionFor(ctx.article(params.uri), name);
  };
  return { publicationDateEdit, addEntry, entrySuggestion };
}

/** The entry a request asks for: its name, a known type (else the detected one), its aliases without blanks or the name. */
function entryOf(ctx: ServiceContext, params: AddToRegistryParams): { name: string; type: EntityType; aliases?: string[] } {
  const name = params.name.replace(/\s+/g, ' ').trim();
  if (!name) throw new RequestRefused('invalid-params', 'Select a name to add.');
  const type: EntityType = (ENTITY_TYPES as readonly string[]).includes(params.type ?? '')
    ? (params.type as EntityType)
    : (suggestionFor(ctx.article(params.uri), name).type as EntityType);
  const aliases = [...new Set((params.aliases ?? []).filter((a): a is string => typeof a === 'string').map((a) => a.replace(/\s+/g, ' ').trim()))].filter(
    (a) => a && a !== name,
  );
  return aliases.length > 0 ? { name, type, aliases } : { name, type };
}

/**
 * What "Add to registry" proposes for a name: the entity's report when the article has one
 * (its fullest name, type and other forms), else the mention's type, else "other".
 */
function suggestionFor(open: OpenArticle | undefined, name: string): EntrySuggestion {
  if (open) {
    const report = unregisteredReports(open.document.getText(), open.analysis, open.registry).find(
      (r) => r.name === name || r.forms.includes(name) || r.mention.text === name,
    );
    if (report) return { name: report.name, type: report.type, aliases: suggestedAliases(report.name, report.type, report.forms) };
  }
  const mention = open?.analysis.entities.find((e) => e.text.replace(/\s+/g, ' ') === name);
  const type: EntityType = mention?.type ?? 'other';
  return { name, type, aliases: suggestedAliases(name, type, []) };
}

/**
 * Quick fixes: add a name to the registry with its detected type (and the other forms
 * the article uses for it as aliases), or with a type and aliases the reader picks
 * ("Add … as…", a client command); add it as an alias of the entity it probably is;
 * ignore it; and set the publication date when the year is unknown. After an addition
 * the client says so, with an "Open entry" action. Offered from the diagnostics and, for any unregistered name
 * under the cursor, even when its diagnostic is switched off. Choosing between the
 * registry entries a shared name could be is linkActions.ts.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver-protocol';
import type { EntityMention, EntityType } from '../analysis';
import { suggestedAliases, unregisteredReports } from '../analysis';
import type { OpenArticle, ServiceContext } from '../service/context';
import { CODES, type NameData } from './diagnostics';
import { linkActions } from './linkActions';
import { suggestedPublicationDate } from './publicationDateLens';
import { registryAddition, registryEdit, type RegistryOperation } from '../registryFiles/registryEdits';
import { ADD_TO_REGISTRY_COMMAND, ENTRY_ADDED_COMMAND, type AddToRegistryParams, type EntryAddedArgs } from '../protocol';
import { throwIfCancelled, type Cancellation } from '../service/cancellation';

/** The code-action provider: quick fixes for names, dates and shared names. */
export function create(ctx: ServiceContext): (params: CodeActionParams, token: Cancellation) => CodeAction[] {
  return (params, token) => {
    throwIfCancelled(token);
    const open = ctx.article(params.textDocument.uri);
    if (!open) return [];
    const actions: CodeAction[] = [];
    const fix = (title: string, op: RegistryOperation, diagnostic?: Diagnostic, preferred = false) => {
      try {
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: diagnostic ? [diagnostic] : undefined,
          isPreferred: preferred,
          edit: registryEdit(ctx, params.textDocument.uri, op),
        });
      } catch (error) {
        // A registry that cannot be edited safely (YAML errors) offers no fix; its own diagnostics say why.
        ctx.logger.log(`No quick fix "${title}": ${(error as Error).message}`);
      }
    };
    /** "Add … as a person" (the detected type, with the forms the article uses as aliases) and "Add … as…" (the reader picks). */
    const add = (name: string, type: EntityType, forms: string[], offered: string[], diagnostic?: Diagnostic, preferred = false) => {
      try {
        const op = { kind: 'add' as const, name, type, ...(forms.length > 0 ? { aliases: forms } : {}) };
        const added = registryAddition(ctx, params.textDocument.uri, op);
        const announce: EntryAddedArgs = { registryUri: added.registryUri, id: added.id, name, type };
        const also = forms.length > 0 ? `, alias ${forms.map((f) => `"${f}"`).join(', ')}` : '';
        actions.push({
          title: `Add "${name}" to the registry as ${typeWords(type)}${also}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: diagnostic ? [diagnostic] : undefined,
          isPreferred: preferred,
          edit: added.edit,
          command: { title: 'Entry added', command: ENTRY_ADDED_COMMAND, arguments: [announce] },
        });
      } catch (error) {
        ctx.logger.log(`No quick fix "Add ${name}": ${(error as Error).message}`);
        return;
      }
      const pick: AddToRegistryParams = { uri: params.textDocument.uri, name, type, aliases: offered };
      actions.push({
        title: `Add "${name}" to the registry as…`,
        kind: CodeActionKind.QuickFix,
        diagnostics: diagnostic ? [diagnostic] : undefined,
        command: { title: 'Add to registry as…', command: ADD_TO_REGISTRY_COMMAND, arguments: [pick] },
      });
    };
    const handled = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      const data = diagnostic.data as NameData | undefined;
      if ((diagnostic.code === CODES.unregistered || diagnostic.code === CODES.nearMiss) && data) {
        handled.add(data.text);
        for (const form of data.forms ?? []) handled.add(form);
        for (const id of data.ids ?? []) {
          const entry = open.registry.byId.get(id);
          if (entry) fix(`Add "${data.text}" as an alias of ${entry.name}`, { kind: 'alias', id, alias: data.text }, diagnostic, true);
        }
        add(data.text, data.type as EntityType, data.forms ?? [], data.aliases ?? [], diagnostic, !data.ids);
        fix(`Ignore "${data.text}" in every article`, { kind: 'ignore', name: data.text }, diagnostic);
      } else if (diagnostic.code === CODES.unknownYear || diagnostic.code === CODES.invalidDate) {
        const suggestion = suggestedPublicationDate(open);
        actions.push({
          title: 'Set the publication date in front matter…',
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          command: {
            title: 'Set publication date',
            command: 'newsLens.setPublicationDate',
            // The same date the lens offers (publicationDateLens.ts); none when the article gives no day: the client starts from today.
            arguments: [params.textDocument.uri, ...(suggestion === undefined ? [] : [suggestion])],
          },
        });
      }
    }
    const from = open.document.offsetAt(params.range.start);
    const to = open.document.offsetAt(params.range.end);
    actions.push(...linkActions(open.document, open.analysis, open.registry, from, to, params.context.diagnostics));
    const mention = mentionIn(open, from, to);
    if (mention && !mention.registered) {
      // The entity the mention names, by its fullest form: "Okonkwo" under the cursor offers "Priya Okonkwo".
      const report = unregisteredReports(open.document.getText(), open.analysis, open.registry).find((r) => r.mention.entityId === mention.entityId);
      const name = report?.name ?? mention.text;
      const type = report?.type ?? mention.type;
      if (!handled.has(name)) add(name, type, report?.forms ?? [], suggestedAliases(name, type, report?.forms ?? []));
    }
    return actions;
  };
}

function mentionIn(open: OpenArticle, from: number, to: number): EntityMention | undefined {
  return open.analysis.entities.find((e) => e.start <= from && to <= e.end);
}

/** "a person", "an organization", "a nationality"; the catch-all type reads "another kind of name", never "an other". */
export function typeWords(type: string): string {
  if (type === 'other') return 'another kind of name';
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

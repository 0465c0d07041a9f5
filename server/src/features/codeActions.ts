/**
 * Quick fixes: add a name to the registry with its detected type, add it as an
 * alias of the entity it probably is, ignore it, and set the publication date when
 * the year is unknown. Offered from the diagnostics and, for any unregistered name
 * under the cursor, even when its diagnostic is switched off.
 */
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { EntityMention } from '../analysis';
import type { OpenArticle, ServerContext } from '../context';
import { CODES, type NameData } from './diagnostics';
import { registryEdit, type RegistryOperation } from './registryEdits';

/** Registers the code-action provider. */
export function register(ctx: ServerContext): void {
  ctx.connection.onCodeAction((params) => {
    const open = ctx.article(params.textDocument.uri);
    if (!open) return [];
    const actions: CodeAction[] = [];
    const fix = (title: string, op: RegistryOperation, diagnostic?: Diagnostic, preferred = false) => {
      try {
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: diagnostic ? [diagnostic] : undefined, isPreferred: preferred, edit: registryEdit(ctx, params.textDocument.uri, op) });
      } catch (error) {
        // A registry that cannot be edited safely (YAML errors) offers no fix; its own diagnostics say why.
        ctx.connection.console.log(`No quick fix "${title}": ${(error as Error).message}`);
      }
    };
    const handled = new Set<string>();
    for (const diagnostic of params.context.diagnostics) {
      const data = diagnostic.data as NameData | undefined;
      if ((diagnostic.code === CODES.unregistered || diagnostic.code === CODES.nearMiss) && data) {
        handled.add(data.text);
        for (const id of data.ids ?? []) {
          const entry = open.registry.byId.get(id);
          if (entry) fix(`Add "${data.text}" as an alias of ${entry.name}`, { kind: 'alias', id, alias: data.text }, diagnostic, true);
        }
        fix(`Add "${data.text}" to the registry as ${article(data.type)}`, { kind: 'add', name: data.text, type: data.type as EntityMention['type'] }, diagnostic, !data.ids);
        fix(`Ignore "${data.text}" in every article`, { kind: 'ignore', name: data.text }, diagnostic);
      } else if (diagnostic.code === CODES.unknownYear || diagnostic.code === CODES.invalidDate) {
        actions.push({
          title: 'Set the publication date in front matter…',
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          command: { title: 'Set publication date', command: 'newsLens.setPublicationDate', arguments: [params.textDocument.uri, suggestedDate(open)] },
        });
      }
    }
    const mention = mentionIn(open, open.document.offsetAt(params.range.start), open.document.offsetAt(params.range.end));
    if (mention && !mention.registered && !handled.has(mention.text)) {
      fix(`Add "${mention.text}" to the registry as ${article(mention.type)}`, { kind: 'add', name: mention.text, type: mention.type });
    }
    return actions;
  });
}

function mentionIn(open: OpenArticle, from: number, to: number): EntityMention | undefined {
  return open.analysis.entities.find((e) => e.start <= from && to <= e.end);
}

/** "a person", "an organization". */
function article(type: string): string {
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/** The date the quick fix proposes: the dateline's month and day in the current year, for the user to correct. */
function suggestedDate(open: OpenArticle): string {
  const value = open.analysis.publicationDate.value ?? '';
  const md = /^XXXX-(\d{2})-(\d{2})$/.exec(value);
  const year = new Date().getFullYear();
  return md ? `${year}-${md[1]}-${md[2]}` : new Date().toISOString().slice(0, 10);
}

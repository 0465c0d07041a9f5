/**
 * Rename on a mention (or on a registry entry) renames the entity's canonical name
 * in the registry and keeps the old name as an alias, so nothing unlinks. Article
 * text is never rewritten. Renaming an unregistered name adds it to the registry
 * under the new name, with the name in the text as its alias.
 */
import type { PrepareRenameParams, Range, RenameParams, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { RequestRefused } from '../service/errors';
import type { ServiceContext } from '../service/context';
import { toRange } from '../convert';
import { registryEdit } from '../registryFiles/registryEdits';
import { targetAt } from '../cursor/target';
import { entryLocation } from '../registryFiles/registryLocation';
import { throwIfCancelled, type Cancellation } from '../service/cancellation';

/** The providers of prepareRename and rename. */
export function create(ctx: ServiceContext) {
  const prepareRename = (params: PrepareRenameParams, token: Cancellation): { range: Range; placeholder: string } | null => {
    throwIfCancelled(token);
    const target = targetAt(ctx, params.textDocument.uri, params.position);
    if (!target) return null;
    const name = target.entry?.name ?? target.mention?.text ?? '';
    if (target.mention && target.article) return { range: toRange(target.article.document, target.mention), placeholder: name };
    const location = target.entry ? entryLocation(ctx, target.entry) : undefined;
    return location ? { range: location.range, placeholder: name } : null;
  };

  const rename = (params: RenameParams, token: Cancellation): WorkspaceEdit => {
    throwIfCancelled(token);
    const target = targetAt(ctx, params.textDocument.uri, params.position);
    if (!target) throw new RequestRefused('invalid-request', 'Put the cursor on a name to rename its entity in the registry.');
    const newName = params.newName.trim();
    if (!newName) throw new RequestRefused('invalid-params', 'The new name is empty.');
    try {
      if (target.entry) return registryEdit(ctx, params.textDocument.uri, { kind: 'rename', id: target.entry.id, newName });
      const mention = target.mention!;
      // Not registered yet: register it under the new name; the text's form becomes an alias right after.
      return registryEdit(ctx, params.textDocument.uri, {
        kind: 'add',
        name: newName,
        type: mention.type,
        aliases: newName === mention.text ? [] : [mention.text],
      });
    } catch (error) {
      throw new RequestRefused('invalid-request', (error as Error).message);
    }
  };
  return { prepareRename, rename };
}

/**
 * Rename on a mention (or on a registry entry) renames the entity's canonical name
 * in the registry and keeps the old name as an alias, so nothing unlinks. Article
 * text is never rewritten. Renaming an unregistered name adds it to the registry
 * under the new name, with the name in the text as its alias.
 */
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { registryEdit } from '../registryFiles/registryEdits';
import { targetAt } from '../cursor/target';
import { entryLocation } from '../registryFiles/registryLocation';
import type { CancellationToken } from 'vscode-languageserver';
import { cancellable } from '../cancellable';
import { throwIfCancelled } from '../service/cancellation';

/** Registers prepareRename and rename. */
export function register(ctx: ServerContext): void {
  ctx.connection.onPrepareRename(
    cancellable((params, token: CancellationToken) => {
      throwIfCancelled(token);
      const target = targetAt(ctx, params.textDocument.uri, params.position);
      if (!target) return null;
      const name = target.entry?.name ?? target.mention?.text ?? '';
      if (target.mention && target.article) return { range: toRange(target.article.document, target.mention), placeholder: name };
      const location = target.entry ? entryLocation(ctx, target.entry) : undefined;
      return location ? { range: location.range, placeholder: name } : null;
    }),
  );

  ctx.connection.onRenameRequest(
    cancellable((params, token: CancellationToken) => {
      throwIfCancelled(token);
      const target = targetAt(ctx, params.textDocument.uri, params.position);
      if (!target) throw new ResponseError(ErrorCodes.InvalidRequest, 'Put the cursor on a name to rename its entity in the registry.');
      const newName = params.newName.trim();
      if (!newName) throw new ResponseError(ErrorCodes.InvalidParams, 'The new name is empty.');
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
        throw new ResponseError(ErrorCodes.InvalidRequest, (error as Error).message);
      }
    }),
  );
}

/**
 * The custom requests behind the client's commands "Add Selection to Registry" and
 * "Set Publication Date": the server computes the workspace edit, the client applies
 * it, so the edit is undoable and the client stays thin.
 */
import { ResponseError, ErrorCodes, type WorkspaceEdit } from 'vscode-languageserver';
import { ENTITY_TYPES, type EntityType } from '../analysis';
import { setFrontMatterDate } from '../analysis';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { ADD_TO_REGISTRY_REQUEST, PUBLICATION_DATE_EDIT_REQUEST, type AddToRegistryParams, type PublicationDateEditParams } from '../protocol';
import { registryEdit } from './registryEdits';

/** Registers the edit requests. */
export function register(ctx: ServerContext): void {
  ctx.connection.onRequest(PUBLICATION_DATE_EDIT_REQUEST, (params: PublicationDateEditParams): WorkspaceEdit => {
    const open = ctx.article(params.uri);
    if (!open) throw new ResponseError(ErrorCodes.InvalidParams, 'Open the article first.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(params.date) || Number.isNaN(Date.parse(params.date))) throw new ResponseError(ErrorCodes.InvalidParams, `"${params.date}" is not a date (YYYY-MM-DD).`);
    const splice = setFrontMatterDate(open.document.getText(), params.date);
    return { changes: { [params.uri]: [{ range: toRange(open.document, splice), newText: splice.newText }] } };
  });

  ctx.connection.onRequest(ADD_TO_REGISTRY_REQUEST, (params: AddToRegistryParams): WorkspaceEdit => {
    const name = params.name.replace(/\s+/g, ' ').trim();
    if (!name) throw new ResponseError(ErrorCodes.InvalidParams, 'Select a name to add.');
    const mention = ctx.article(params.uri)?.analysis.entities.find((e) => e.text.replace(/\s+/g, ' ') === name);
    const type: EntityType = (ENTITY_TYPES as readonly string[]).includes(params.type ?? '') ? (params.type as EntityType) : (mention?.type ?? 'other');
    try {
      return registryEdit(ctx, params.uri, { kind: 'add', name, type });
    } catch (error) {
      throw new ResponseError(ErrorCodes.InvalidRequest, (error as Error).message);
    }
  });
}

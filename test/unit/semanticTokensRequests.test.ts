/**
 * The semantic-token handlers take the request's cancellation token last, like every other
 * feature (issue 14): a cancelled request answers RequestCancelled before reading the article,
 * and an uncancelled one answers exactly what `semanticTokens` computes.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, SemanticTokensBuilder } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeArticle } from '../../server/src/analysis';
import type { ServiceContext } from '../../server/src/service/context';
import { create, semanticTokens } from '../../server/src/features/semanticTokens';
import { cancellable } from '../../server/src/lsp/cancellable';

type Handler = (params: unknown, token: unknown) => Promise<unknown>;

/** The two providers as the LSP adapter wires them, over a context with one open article whose reads are counted. */
function registered(): { full: Handler; range: Handler; reads: () => number; document: TextDocument; analysis: ReturnType<typeof analyzeArticle> } {
  const text = 'Maria Lindqvist said on Monday that "the plan\nwill go ahead," according to officials.\n';
  const document = TextDocument.create('file:///a.news', 'news', 1, text);
  const analysis = analyzeArticle(text, { publicationDate: '2024-05-04' });
  let reads = 0;
  const ctx = {
    article: (uri: string) => (reads++, uri === document.uri ? { document, analysis } : undefined),
  } as unknown as ServiceContext;
  const providers = create(ctx);
  return { full: cancellable(providers.full) as Handler, range: cancellable(providers.range) as Handler, reads: () => reads, document, analysis };
}

test('a cancelled semantic-token request answers RequestCancelled without reading the article', async () => {
  const { full, range, reads } = registered();
  const source = new CancellationTokenSource();
  source.cancel();
  const params = { textDocument: { uri: 'file:///a.news' }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 5 } } };
  for (const handler of [full, range])
    await assert.rejects(handler(params, source.token), (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.RequestCancelled);
  assert.equal(reads(), 0);
});

test('an uncancelled semantic-token request answers what semanticTokens computes, whole document and range', async () => {
  const { full, range, document, analysis } = registered();
  const token = new CancellationTokenSource().token;
  const whole = semanticTokens(document, analysis);
  assert.ok(whole.data.length >= 5 * 3, 'the article has tokens (a name, a date, quote parts)');
  // resultId is a fresh number per answer; the tokens are the data.
  const data = (answer: unknown) => (answer as { data: number[] }).data;
  assert.deepEqual(data(await full({ textDocument: { uri: document.uri } }, token)), whole.data);
  const lines = { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } };
  assert.deepEqual(data(await range({ textDocument: { uri: document.uri }, range: lines }, token)), semanticTokens(document, analysis, lines).data);
});

test("the service's token encoding is LSP's: the server library's SemanticTokensBuilder encodes the same tokens the same way", () => {
  const { document, analysis } = registered();
  const data = semanticTokens(document, analysis).data;
  const builder = new SemanticTokensBuilder();
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    builder.push(line, character, data[i + 2], data[i + 3], data[i + 4]);
  }
  assert.ok(data.length >= 15);
  assert.deepEqual(builder.build().data, data);
});

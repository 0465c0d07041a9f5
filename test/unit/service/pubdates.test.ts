/**
 * Publication dates in the editor, on the language service over an in-memory workspace
 * (test/support/memoryWorkspace.ts): an impossible front-matter date is an Error diagnostic
 * on the date itself and goes away once corrected (issue 15), and the hover of a date says
 * how an inferred publication year was found (issue 13). Documents are built inline and the
 * hovers point where a cursor marker (‸) stands.
 *
 * These cases moved here from test/lsp/pubdates.test.ts (issue 14), which keeps the protocol:
 * the diagnostic published on open and cleared for the corrected version of the document.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { DiagnosticSeverity, type MarkupContent } from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { NEVER_CANCELLED } from '../../../server/src/service/cancellation';
import { startService, withCursor, type TestService } from '../../support/memoryWorkspace';

const LEAP = withCursor('---\ntitle: Budget vote\ndate: 2023-02-29\n---\nBudget vote\n\nThe council voted on Tues‸day to raise fees.\n');
const TROOPS = withCursor(
  [
    'Allies to resume troop cost talks',
    '',
    'SEOUL/WASHINGTON, Oct 3 (Reuters) - South Korea and the United States said on Th‸ursday they would resume talks on troop costs after Seoul raised its 2024 budget.',
    '',
    'The previous round collapsed in 2023.',
    '',
  ].join('\n'),
);

/** The hover's text where the cursor stands in `document`. */
function hoverText(t: TestService, document: TextDocument, offset: number): string {
  const hover = t.service.hover({ textDocument: { uri: document.uri }, position: document.positionAt(offset) }, NEVER_CANCELLED);
  return (hover?.contents as MarkupContent | undefined)?.value ?? '';
}

/** The service's diagnostics of an open document, as published for its current version. */
function diagnosticsOf(t: TestService, document: TextDocument) {
  const diagnostics = t.service.diagnostics(document.uri);
  assert.ok(diagnostics, `${document.uri} is an open article`);
  return diagnostics;
}

test('an impossible front-matter date is an error on the date', async () => {
  const t = await startService({});
  try {
    const document = t.workspace.openDocument('/ws/leap.news', LEAP.text);
    const diagnostics = diagnosticsOf(t, document);
    const bad = diagnostics.filter((d) => d.code === 'invalid-date');
    assert.equal(bad.length, 1, JSON.stringify(diagnostics));
    assert.equal(bad[0].severity, DiagnosticSeverity.Error);
    assert.deepEqual(bad[0].range, { start: { line: 2, character: 6 }, end: { line: 2, character: 16 } });
    assert.match(String(bad[0].message), /2023-02-29.*not a day of the calendar/);
    // No publication date: "Tuesday" cannot be resolved to a day.
    assert.deepEqual(document.positionAt(LEAP.offset), { line: 6, character: 25 });
    const value = hoverText(t, document, LEAP.offset);
    assert.doesNotMatch(value, /Publication date/);
    assert.doesNotMatch(value, /2023-02/);
  } finally {
    t.service.dispose();
  }
});

test('the diagnostic goes away once the date is corrected', async () => {
  const t = await startService({});
  try {
    const document = t.workspace.openDocument('/ws/leap.news', LEAP.text);
    assert.equal(diagnosticsOf(t, document).filter((d) => d.code === 'invalid-date').length, 1);
    const corrected = t.workspace.editDocument(document, LEAP.text.replace('2023-02-29', '2023-02-28'));
    assert.equal(corrected.version, 2);
    assert.equal(diagnosticsOf(t, corrected).filter((d) => d.code === 'invalid-date').length, 0);
  } finally {
    t.service.dispose();
  }
});

test('the hover of a date says how the publication year was inferred', async () => {
  const t = await startService({});
  try {
    const document = t.workspace.openDocument('/ws/troops.news', TROOPS.text);
    const value = hoverText(t, document, TROOPS.offset);
    assert.match(value, /Publication date: 2024-10-03 \(from the dateline\)/);
    assert.match(value, /Year 2024 from the article/);
    assert.match(value, /Thursday/);
  } finally {
    t.service.dispose();
  }
});

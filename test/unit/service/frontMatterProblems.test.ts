/**
 * Front matter the editor cannot use, on the language service over an in-memory
 * workspace: a block that is not valid YAML (or not `key: value` fields) gave no
 * fields and no links without any diagnostic, so the reader saw the date and the
 * link choices simply not work. It is now a Warning at the YAML error, which goes
 * once the block is fixed.
 */
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-protocol';
import { startService } from '../../support/memoryWorkspace';

const BROKEN = '---\ndate: 2025-05-02\nlinks:\n  Reading: reading-fc\n  Mark Bishop: [mark-bishop-chef\n---\nDerby day\n\nReading won, Mark Bishop said.\n';

test('front matter that is not valid YAML is a warning at the error, gone once fixed', async () => {
  const t = await startService({});
  try {
    const document = t.workspace.openDocument('/ws/derby.news', BROKEN);
    const problems = (t.service.diagnostics(document.uri) ?? []).filter((d) => d.code === 'bad-front-matter');
    assert.equal(problems.length, 1, JSON.stringify(t.service.diagnostics(document.uri)));
    assert.equal(problems[0].severity, DiagnosticSeverity.Warning);
    // The YAML parser finds the unclosed list where the block's text ends: the end of its line.
    assert.deepEqual(problems[0].range.start, { line: 4, character: 32 });
    assert.match(String(problems[0].message), /^The front matter is not valid YAML \(Flow sequence.*\), so none of it is used/);
    const fixed = t.workspace.editDocument(document, BROKEN.replace('[mark-bishop-chef', '[mark-bishop-chef]'));
    assert.equal((t.service.diagnostics(fixed.uri) ?? []).filter((d) => d.code === 'bad-front-matter').length, 0);
  } finally {
    t.service.dispose();
  }
});

test('front matter that is a list is a warning too', async () => {
  const t = await startService({});
  try {
    const document = t.workspace.openDocument('/ws/list.news', '---\n- date: 2025-05-02\n---\nDerby day\n\nReading won.\n');
    const [problem] = (t.service.diagnostics(document.uri) ?? []).filter((d) => d.code === 'bad-front-matter');
    assert.ok(problem);
    assert.deepEqual(problem.range.start, { line: 1, character: 0 });
    assert.match(String(problem.message), /is a list, not fields/);
  } finally {
    t.service.dispose();
  }
});

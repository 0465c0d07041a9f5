// What a user sees when pointing at a name: the hover names the registry's canonical form.
import * as assert from 'assert';
import { fixtureExists, fixtures, firstRegisteredMention, hoverAt, hoverText, openFixture, readRegistry, waitFor } from './helpers';

describe('hover', () => {
  it('shows the canonical registry name, in bold first, for a registered name in a sample', async () => {
    const document = await openFixture(fixtures.harborStrike);
    const mention = firstRegisteredMention(document.getText(), await readRegistry());
    assert.ok(mention, `no registered name or alias from ${fixtures.registry} occurs in ${fixtures.harborStrike}`);
    let last = '';
    const text = await waitFor(
      () => `a hover on "${mention.surface}" containing "${mention.entry.name}" (last hover: ${JSON.stringify(last)})`,
      async () => {
        last = hoverText(await hoverAt(document, mention.offset, mention.surface.length));
        return last.includes(mention.entry.name) ? last : undefined;
      },
    );
    assert.ok(
      text.trimStart().startsWith(`**${mention.entry.name}**`),
      `hover should start with the bold canonical name, got: ${JSON.stringify(text.slice(0, 200))}`,
    );
  });

  it('names Yoshihide Suga when hovering him in the seed article', async function () {
    if (!(await fixtureExists(fixtures.seedNews))) return this.skip();
    const document = await openFixture(fixtures.seedNews);
    const name = 'Yoshihide Suga';
    const offset = document.getText().indexOf(name);
    assert.ok(offset >= 0, `the seed article no longer contains ${name}`);
    let last = '';
    await waitFor(
      () => `a hover containing "${name}" (last: ${JSON.stringify(last)})`,
      async () => {
        last = hoverText(await hoverAt(document, offset, name.length));
        return last.includes(name);
      },
    );
  });
});

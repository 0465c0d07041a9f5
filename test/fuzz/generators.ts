/**
 * The fuzz campaign's inputs (issue 15): articles of real-news shape assembled from
 * fragments written here (never from ../shared), mixed with quotations, dates,
 * datelines, front matter, Unicode edge cases (lone surrogates, combining marks, RTL,
 * zero-width, NUL) and random edits; registry files the same way. fast-check
 * arbitraries, so a failure shrinks to a small input and a seed replays it.
 */
import fc from 'fast-check';

const PEOPLE = ['Amara Okafor', 'Pieter Hendriks', 'Johanna Brinkman', 'Kenji Sato', 'Zoë Müller', "Liam O'Neill", 'Nak-yeon Lee', 'María José Ruiz'];
const ORGS = [
  'Northern Ports Authority',
  'the Harbour Board',
  'Coastline Wire',
  'NPA',
  'Dutch Dockers Federation',
  'Bank of Japan',
  'U.N.',
  'the Ministry of Transport',
];
const PLACES = ['Rotterdam', 'LISBON', 'Tokyo', 'South Korea', 'WASHINGTON', 'Nairobi', 'Jordan', 'New York'];
const VERBS = ['said', 'told reporters', 'added', 'wrote', 'will meet', 'is due to speak', 'was quoted as saying', 'announced'];
const DATES = [
  'on Monday',
  'last Friday',
  'next Tuesday',
  'March 18',
  'Aug. 24',
  'in November',
  'on 2024-05-03',
  '1/2/2019',
  '29.07.2019 at 14:30',
  'the first quarter of 2024',
  'two weeks ago',
  'late last week',
  'early 2025',
  'yesterday',
  'Sept. 31',
  'Feb. 30, 2023',
];
const QUOTES = ['"We will not stop,"', '“It is a start,”', '‘Never,’', '«Non»', '„Ja“', '"unclosed', '”backwards“', '"""', "'scare'"];
const UNICODE = [
  '\u0000',
  '\ud800',
  '\udfff',
  '\udbff\udfff',
  'e\u0301\u0301\u0301',
  '\u202e',
  '\u202c',
  '\u2066',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u2028',
  '\u2029',
  '\u0085',
  '\r',
  '\r\n',
  '\t',
  '\u00a0',
  'שלום',
  'مرحبا',
  '東京',
  '😀',
  '👩‍👩‍👧',
  '🇯🇵',
  'İstanbul',
  '\u212a',
  'ß',
  'ﬃ',
];
const PUNCT = ['.', ',', ';', ':', ' -- ', ' — ', '(', ')', '!', '?', '…', '|', '/', '#', '*', '`', '[', ']', '<', '>', '&'];

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);

/** A sentence of news shape: subject, verb, date and object, sometimes quoted. */
const sentence: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(pick(PEOPLE), pick(VERBS), pick(DATES), pick(PLACES)).map(([p, v, d, pl]) => `${p} ${v} ${d} in ${pl}.`),
  fc.tuple(pick(QUOTES), pick(PEOPLE), pick(['said', 'told', 'added'])).map(([q, p, v]) => `${q} ${p} ${v}.`),
  fc.tuple(pick(ORGS), pick(DATES), pick(QUOTES)).map(([o, d, q]) => `${o} said ${d} that ${q} she added.`),
  fc.tuple(pick(PLACES), pick(DATES)).map(([pl, d]) => `Talks in ${pl} resume ${d}.`),
);

/** Something hostile to drop between words. */
const noise: fc.Arbitrary<string> = fc.oneof(
  pick(UNICODE),
  pick(PUNCT),
  pick(QUOTES),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 3 }),
);

const paragraph = fc
  .array(fc.oneof({ weight: 5, arbitrary: sentence }, { weight: 1, arbitrary: noise }), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(' '));
const isoDate = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const frontMatter = fc.oneof(
  isoDate.map((d) => `---\ntitle: Port talks\ndate: ${d}\n---\n`),
  pick([
    '---\n',
    '---\n---\n',
    '---\r\ndate: [unclosed\r\n',
    '---\ndate: 2023-02-29\n---\n',
    '---\n: : :\n---\n',
    '---\ndate: !!binary AAAA\n---\n',
    '\ufeff---\ndate: 2024-01-01\n---\n',
  ]),
);
const dateline = fc
  .tuple(pick(PLACES), pick(['May 2', 'Jan. 5', 'March 31', 'Feb. 29']), pick(['Coastline Wire', 'Test Wire', 'AP']))
  .map(([p, d, a]) => `${p.toUpperCase()}, ${d} (${a}) -- `);

/** An article of news shape: optional front matter, headline, dateline, paragraphs. */
export const articleText: fc.Arbitrary<string> = fc
  .record({
    front: fc.option(frontMatter, { freq: 3 }),
    headline: fc.option(sentence, { freq: 4 }),
    dateline: fc.option(dateline, { freq: 2 }),
    body: fc.array(paragraph, { minLength: 1, maxLength: 5 }),
    eol: pick(['\n\n', '\n\n', '\r\n\r\n', '\r\r', '\n \n']),
  })
  .map(
    ({ front, headline, dateline: dl, body, eol }) =>
      (front ?? '') + [headline, (dl ?? '') + body[0], ...body.slice(1)].filter((b): b is string => b !== null).join(eol),
  );

/** A random edit: insert, delete or replace at a position given as a fraction of the text. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}
const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(12),
  insert: fc.oneof(noise, sentence, fc.constant('')),
});

/** `text` after the edits, each applied at its fractional position (cut at code units, so surrogate pairs may split). */
export function applyRandomEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = Math.floor(e.at * out.length);
    out = out.slice(0, at) + e.insert + out.slice(Math.min(out.length, at + e.remove));
  }
  return out;
}

/** An article, then up to four random edits of it (the text before the edits comes too, for memo checks). */
export const editedArticle: fc.Arbitrary<{ before: string; after: string }> = fc
  .tuple(articleText, fc.array(edit, { maxLength: 4 }))
  .map(([before, edits]) => ({ before, after: applyRandomEdits(before, edits) }));

/** Options for an analysis: sometimes a publication date, sometimes an impossible calendar date (the option's contract is the YYYY-MM-DD shape, which the CLI checks). */
export const analyzeOptions = fc.record(
  { publicationDate: fc.option(fc.oneof(isoDate, pick(['2024-05-03', '2024-02-29', '2023-02-29', '0000-00-00'])), { nil: undefined }) },
  { requiredKeys: [] },
);

/** A registry field: ordinary, hostile markdown, or hostile Unicode. */
const field = fc.oneof(
  pick([...PEOPLE, ...ORGS, ...PLACES]),
  pick([
    'https://ok.example/bio) ![t](https://evil.example/p.png',
    '# heading\n---',
    'a: b',
    '- x',
    '"quoted"',
    "'single'",
    '{ flow: map }',
    '[a, b]',
    '&anchor',
    '*alias',
    '!tag',
    '|',
    '>',
    '%',
    '@',
    '`',
    '\\',
  ]),
  noise,
  fc.string({ maxLength: 12 }),
);
const id = fc.oneof(pick(['amara-okafor', 'npa', 'rotterdam', 'x', 'a-b-c', 'dup', 'dup']), fc.string({ maxLength: 8 }));
const type = pick(['person', 'organization', 'place', 'nationality', 'event', 'law', 'product', 'other', 'robot', '']);
const yamlString = (s: string) => JSON.stringify(s);
const entry = fc.record({
  id,
  name: field,
  type,
  aliases: fc.array(field, { maxLength: 3 }),
  description: fc.option(field),
  links: fc.array(field, { maxLength: 2 }),
  raw: fc.boolean(),
});

/** Registry text: well-formed YAML or JSON with hostile values, then sometimes broken by random edits. */
export const registryText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(entry, { maxLength: 6 }),
    fc.array(field, { maxLength: 2 }),
    pick(['yaml', 'yaml', 'json', 'flow']),
    fc.array(edit, { maxLength: 3 }),
    pick(['\n', '\r\n']),
  )
  .map(([entries, ignore, format, edits, nl]) => {
    let text: string;
    if (format === 'json')
      text = JSON.stringify(
        { entities: entries.map(({ raw: _raw, description, ...e }) => ({ ...e, ...(description === null ? {} : { description }) })), ignore },
        null,
        2,
      );
    else if (format === 'flow')
      text = `entities: [${entries.map((e) => `{id: ${yamlString(e.id)}, name: ${yamlString(e.name)}, type: ${e.type}}`).join(', ')}]${nl}`;
    else {
      const lines = ['# registry', 'entities:'];
      for (const e of entries) {
        const value = (s: string) => (e.raw ? s : yamlString(s));
        lines.push(`  - id: ${value(e.id)}`, `    name: ${value(e.name)}`, `    type: ${e.type}`);
        if (e.aliases.length) lines.push(`    aliases: [${e.aliases.map(yamlString).join(', ')}]`);
        if (e.description !== null) lines.push(`    description: ${value(e.description)}`);
        if (e.links.length) lines.push('    links:', ...e.links.map((l) => `      - ${yamlString(l)}`));
      }
      if (ignore.length) lines.push(`ignore: [${ignore.map(yamlString).join(', ')}]`);
      text = lines.join(nl) + nl;
    }
    return applyRandomEdits(text, edits);
  });

/** What the fuzz asks the registry editor to do. */
export const registryEdit = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    name: field,
    type: pick(['person', 'organization', 'place', 'other'] as const),
    aliases: fc.array(field, { maxLength: 2 }),
    description: fc.option(field, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('alias' as const), id, alias: field }),
  fc.record({ kind: fc.constant('rename' as const), id, name: field }),
  fc.record({ kind: fc.constant('ignore' as const), name: field }),
);

/**
 * Article layout and publication date on inline articles written for these tests.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readStructure } from '../../server/src/analysis/structure';
import { readPublicationDate } from '../../server/src/analysis/publicationDate';
import { setFrontMatterDate } from '../../server/src/analysis/frontMatterEdit';

const wire = [
  'Harbour pilots end strike after pay deal',
  '',
  'Source: Coastline Wire| 2024-03-18 14:02:11|Editor: Ana Ruiz',
  'Video PlayerClose',
  '',
  'LISBON, March 18 (Coastline Wire) -- Harbour pilots on Monday ended a week-long strike.',
  '',
  '"We are back at work," said union leader Rui Costa.',
  '',
  'TOP STORIES',
  'Other story teaser about something else.',
  '0100200707500000000000000111',
].join('\n');

describe('article structure', () => {
  it('finds headline, metadata line, dateline, body and boilerplate', () => {
    const s = readStructure(wire);
    assert.equal(s.headline?.text, 'Harbour pilots end strike after pay deal');
    assert.match(s.metadataLine!.text, /^Source: Coastline Wire/);
    assert.equal(s.dateline?.text, 'LISBON, March 18 (Coastline Wire) --');
    const body = s.paragraphs.map((p) => wire.slice(p.start, p.end));
    assert.deepEqual(body, ['Harbour pilots on Monday ended a week-long strike.', '"We are back at work," said union leader Rui Costa.']);
    assert.equal(wire.slice(s.boilerplate!.start, s.boilerplate!.start + 11), 'TOP STORIES');
    assert.ok(
      s.paragraphs.every((p) => p.end <= s.boilerplate!.start),
      'no body paragraph reaches into the boilerplate',
    );
  });

  it('takes the publication date from the metadata line', () => {
    const result = readPublicationDate(readStructure(wire));
    assert.equal(result.date.value, '2024-03-18');
    assert.equal(result.date.source, 'metadata');
    assert.equal(result.notice, undefined);
  });

  it('lets front matter win and keeps it out of the body', () => {
    const text = '---\ntitle: Council votes\ndate: 2023-11-02\n---\nCouncil votes on budget\n\nThe council voted on Tuesday.\n';
    const s = readStructure(text);
    assert.equal(s.frontMatter?.fields.title, 'Council votes');
    assert.equal(s.headline?.text, 'Council votes on budget');
    assert.equal(readPublicationDate(s).date.value, '2023-11-02');
    assert.equal(readPublicationDate(s).date.source, 'front-matter');
  });

  it('keeps an unknown year as XXXX and says so', () => {
    const text = 'Ferry service resumes\n\nSep 07 (Harbour Times) - The ferry resumed service on Friday.\n';
    const result = readPublicationDate(readStructure(text));
    assert.equal(result.date.value, 'XXXX-09-07');
    assert.equal(result.notice?.code, 'unknown-year');
    assert.equal(text.slice(result.notice!.start, result.notice!.end), 'Sep 07');
  });

  it('uses the --date fallback only when the article gives no year', () => {
    const text = 'Sep 07 (Harbour Times) - The ferry resumed service on Friday.';
    assert.equal(readPublicationDate(readStructure(text), '2021-09-07').date.value, '2021-09-07');
    assert.equal(readPublicationDate(readStructure(wire), '2000-01-01').date.value, '2024-03-18');
  });

  it('reads AP-style datelines without a date', () => {
    const s = readStructure('BERLIN (AP) — Officials said on Monday that the talks would resume.');
    assert.equal(s.dateline?.text, 'BERLIN (AP) —');
    assert.equal(readPublicationDate(s).date.value, null);
  });

  it('finds a dateline on the line right after the headline', () => {
    const s = readStructure('Tram line opens\nOSLO, June 20 (Harbour Daily) -- The tram opened on Monday.\n');
    assert.equal(s.headline?.text, 'Tram line opens');
    assert.equal(s.dateline?.text, 'OSLO, June 20 (Harbour Daily) --');
    assert.equal(readPublicationDate(s).date.value, 'XXXX-06-20');
  });

  it('treats plain paragraphs as the body', () => {
    const text = 'First paragraph of a plain note.\nIt wraps.\n\nSecond paragraph.';
    const s = readStructure(text);
    assert.equal(s.dateline, undefined);
    assert.equal(s.boilerplate, undefined);
    assert.ok(s.paragraphs.length >= 1);
  });

  it('handles CRLF and lone CR line endings', () => {
    const crlf = wire.replace(/\n/g, '\r\n');
    const s = readStructure(crlf);
    assert.equal(s.dateline?.text, 'LISBON, March 18 (Coastline Wire) --');
    const cr = readStructure(wire.replace(/\n/g, '\r'));
    assert.equal(cr.headline?.text, 'Harbour pilots end strike after pay deal');
  });

  it('never throws on empty or odd input', () => {
    for (const text of ['', '\n\n\n', '---', '---\n', '\u0000\u0001', '"'.repeat(100)]) {
      const s = readStructure(text);
      assert.ok(Array.isArray(s.paragraphs));
      readPublicationDate(s);
    }
  });
});

describe('setting the publication date', () => {
  const apply = (text: string, date: string) => {
    const s = setFrontMatterDate(text, date);
    return text.slice(0, s.start) + s.newText + text.slice(s.end);
  };
  it('adds front matter when there is none, and the date then wins', () => {
    const text = 'Ferry resumes\n\nSep 07 (Harbour Times) - The ferry resumed on Friday.\n';
    const fixed = apply(text, '2024-09-07');
    assert.equal(fixed, `---\ndate: 2024-09-07\n---\n${text}`);
    assert.equal(readPublicationDate(readStructure(fixed)).date.value, '2024-09-07');
  });
  it('replaces an existing date and keeps everything else', () => {
    const text = '---\r\ntitle: A # keep\r\ndate: 2020-01-01   # set by hand\r\n---\r\nBody.';
    assert.equal(apply(text, '2021-02-03'), '---\r\ntitle: A # keep\r\ndate: 2021-02-03   # set by hand\r\n---\r\nBody.');
  });
  it('adds a date line to front matter without one', () => {
    assert.equal(apply('---\ntitle: A\n---\nBody.', '2021-02-03'), '---\ntitle: A\ndate: 2021-02-03\n---\nBody.');
  });
});

describe('a dateline opens the story', () => {
  it('a "Country: names" team list under the report is not a dateline, and the report stays in the body', () => {
    const text = [
      'HOCKEY - HARBOURTON BEAT KESTON IN OPENER.',
      '',
      'Harbourton beat Keston 3-1 in the first match of the season on Saturday.',
      '',
      'Mira Holt scored twice for the visitors, who led from the tenth minute.',
      '',
      'Keston meet Dunmore on Wednesday.',
      '',
      'Teams:',
      '',
      'Scotland: Mira Holt (captain), Ada Price, Lena Voss.',
      '',
    ].join('\n');
    const structure = readStructure(text);
    assert.equal(structure.dateline, undefined);
    assert.ok(
      structure.paragraphs.some((p) => text.slice(p.start, p.end).startsWith('Harbourton beat Keston')),
      'the first paragraph of the report is body text',
    );
  });

  it('page chrome and a standfirst may still come before the dateline', () => {
    const text = [
      'Harbour reopens',
      '',
      'Video PlayerClose',
      '',
      'The port was shut for a week.',
      '',
      'KESTON, May 2 (Lens Wire) - The harbour reopened on Monday.',
      '',
    ].join('\n');
    assert.equal(readStructure(text).dateline?.text, 'KESTON, May 2 (Lens Wire) -');
  });
});

describe('a header stamp that names a place', () => {
  const report =
    'Closing grain prices.\n\nROTTERDAM 2024-05-02\n\nThis is how the main grain markets closed in late trade on Thursday.\n\nWHEAT - Prices eased after the harvest estimate was raised.\n\nMAIZE - Steady in thin trade.\n';

  it('is the dateline: a section label further down ("WHEAT - Prices eased") is no dateline, and the story starts under the stamp', () => {
    const s = readStructure(report);
    assert.equal(s.dateline, undefined);
    const first = s.paragraphs[0];
    assert.ok(report.slice(first.start, first.end).startsWith('This is how'), report.slice(first.start, first.end));
  });

  it('still lets a dateline open the body right under it', () => {
    const s = readStructure(
      'Port reopens.\n\nROTTERDAM 2024-05-02\n\nROTTERDAM (Harbourwire) - The port reopened on Thursday after the storm, the authority said.\n',
    );
    assert.equal(s.dateline?.text, 'ROTTERDAM (Harbourwire) -');
  });
});

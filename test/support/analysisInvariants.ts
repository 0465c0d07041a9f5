/**
 * The structural promises of `ArticleAnalysis` (types.ts), as assertions: spans inside
 * the text and equal to their slice, spans of one kind sorted and disjoint, names and
 * dates inside the analysed text, speakers' ids carried by an entity. Shared by the
 * property tests (test/unit/properties.test.ts) and the fuzz campaign (test/fuzz).
 */
import { strict as assert } from 'node:assert';
import type { ArticleAnalysis, TextSpan } from '../../server/src/analysis';
import { stampCity } from '../../server/src/analysis/entities/datelinePlace';

export function assertSpan(text: string, span: TextSpan, what: string, allowEmpty = false): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets ${JSON.stringify(span)}`);
  assert.ok(span.start >= 0 && span.end <= text.length, `${what}: ${span.start}-${span.end} outside 0-${text.length}`);
  assert.ok(allowEmpty ? span.start <= span.end : span.start < span.end, `${what}: empty or reversed span ${span.start}-${span.end}`);
  if ('text' in span) assert.equal((span as TextSpan & { text: unknown }).text, text.slice(span.start, span.end), `${what}: text differs from the slice`);
}

export function assertSortedDisjoint(spans: readonly TextSpan[], what: string): void {
  for (let i = 1; i < spans.length; i++) {
    assert.ok(
      spans[i - 1].end <= spans[i].start,
      `${what} ${i - 1} (${spans[i - 1].start}-${spans[i - 1].end}) overlaps or follows ${i} (${spans[i].start}-${spans[i].end})`,
    );
  }
}

const inside = (outer: readonly TextSpan[], pos: number) => outer.some((s) => s.start <= pos && pos < s.end);

/**
 * Every structural promise of `ArticleAnalysis` (types.ts). Notices may be empty
 * only for `too-large`, the one whole-file notice; all others point at text.
 */
export function assertWellFormed(text: string, r: ArticleAnalysis, registered = false): void {
  const s = r.structure;
  if (s.frontMatter) assertSpan(text, s.frontMatter, 'frontMatter');
  for (const key of ['headline', 'metadataLine', 'dateline'] as const) if (s[key]) assertSpan(text, s[key], key);
  if (s.boilerplate) assertSpan(text, s.boilerplate, 'boilerplate');
  s.paragraphs.forEach((p, i) => assertSpan(text, p, `paragraph ${i}`));
  assertSortedDisjoint(s.paragraphs, 'paragraph');
  if (r.publicationDate.span) assertSpan(text, r.publicationDate.span, 'publicationDate.span');
  assert.ok(r.publicationDate.value === null || /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.test(r.publicationDate.value), `publication date ${r.publicationDate.value}`);

  const analysed = s.headline ? [s.headline, ...s.paragraphs] : s.paragraphs;
  // The dateline's place and agency are names too (issue 10); nothing else of it is analysed. Without a
  // dateline, a header stamp's place and region ("LONDON 1996-08-30", "WIGAN, England 1996-08-31") are.
  const stamp = s.dateline ? undefined : stampCity(s.stamps);
  const named = s.dateline ? [...analysed, s.dateline] : stamp ? [...analysed, stamp.city, ...(stamp.region ? [stamp.region] : [])] : analysed;
  r.entities.forEach((e, i) => {
    assertSpan(text, e, `entity ${i}`);
    assert.ok(inside(named, e.start) && inside(named, e.end - 1), `entity ${i} "${e.text}" outside the analysed text`);
    assert.ok(e.entityId.length > 0, `entity ${i} has an empty id`);
  });
  assertSortedDisjoint(r.entities, 'entity');
  r.dates.forEach((d, i) => {
    assertSpan(text, d, `date ${i}`);
    assert.ok(inside(analysed, d.start) && inside(analysed, d.end - 1), `date ${i} "${d.text}" outside the analysed text`);
    assert.ok(d.value.length > 0 && !/NaN|undefined|null|Infinity/.test(d.value + d.resolution), `date ${i} "${d.text}": value ${d.value} / ${d.resolution}`);
  });
  assertSortedDisjoint(r.dates, 'date');
  // The core's invariant between names and dates (namesAndDates.ts): "May" in "4 May 2024" is never a name.
  for (const e of r.entities) {
    const d = r.dates.find((x) => x.start < e.end && e.start < x.end);
    assert.ok(!d, `entity "${e.text}" (${e.start}-${e.end}) overlaps date "${d?.text}" (${d?.start}-${d?.end})`);
  }
  const ids = new Set(r.entities.map((e) => e.entityId));
  r.quotes.forEach((q, i) => {
    assertSpan(text, q, `quote ${i}`);
    assert.ok(inside(s.paragraphs, q.start) && inside(s.paragraphs, q.end - 1), `quote ${i} outside the body paragraphs`);
    if (q.speaker) assertSpan(text, q.speaker, `speaker of quote ${i}`);
    // Without a registry a speaker's id can only be the id of one of the article's entity mentions.
    if (q.speaker?.entityId && !registered)
      assert.ok(ids.has(q.speaker.entityId), `speaker "${q.speaker.text}" has id ${q.speaker.entityId}, which no entity carries`);
  });
  assertSortedDisjoint(r.quotes, 'quote');
  r.notices.forEach((n, i) => {
    assertSpan(text, n, `notice ${i} (${n.code})`, n.code === 'too-large');
    assert.ok(!/NaN|undefined/.test(n.message), `notice ${i}: ${n.message}`);
  });
  for (let i = 1; i < r.notices.length; i++) assert.ok(r.notices[i - 1].start <= r.notices[i].start, 'notices sorted by start');
}

/**
 * A deterministic generator of wire-style news articles for benchmarks: the same seed
 * gives the same article on every machine, so speeds measured on different days and
 * machines are measured on the same text. Articles mix the layouts News Lens reads
 * (metadata line, front matter, year-less dateline), names introduced in full and then
 * by surname, relative and absolute dates, quotations in several attribution patterns
 * and, sometimes, trailing web boilerplate. All names are invented (see wordLists.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mixSeed, Random } from './prng';
import { Cast, Organization, Person, Story } from './sentences';
import {
  AGENCIES,
  CITIES,
  COUNTRIES,
  FIRST_NAMES,
  MONTH_ABBREVIATIONS,
  MONTHS,
  ORG_BODIES,
  ORG_HEADS,
  ORG_SUFFIXES,
  SECTIONS,
  SURNAME_ENDINGS,
  SURNAME_STARTS,
  TITLES,
  TOPICS,
} from './wordLists';

/** Number of whitespace-separated words, the unit of every words/second figure. */
export function countWords(text: string): number {
  const matches = text.match(/\S+/g);
  return matches ? matches.length : 0;
}

/**
 * One article of about `words` words (body paragraphs are added until the article
 * reaches it; boilerplate, when drawn, comes on top). Same seed, same text.
 */
export function generateArticle(seed: number, words: number): string {
  const random = new Random(seed);
  const cast = drawCast(random);
  const story = new Story(random, cast);
  const lines: string[] = [];
  const layout = random.int(0, 2);
  const headline = headlineFor(random, cast);
  const city = cast.cities[0].toUpperCase();
  let lead: string;
  if (layout === 0) {
    lines.push(headline, '', `Source: ${cast.agency}| ${stamp(cast.published, random)}|Editor: ${fullName(random)}`, '');
    lead = `${city}, ${MONTHS[cast.published.getUTCMonth()]} ${cast.published.getUTCDate()} (${cast.agency}) -- `;
  } else if (layout === 1) {
    const slug = headline
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    lines.push(
      '---',
      `title: ${headline}`,
      `source: ${cast.agency}`,
      `date: ${isoDate(cast.published)}`,
      `url: https://news.example.org/${isoDate(cast.published).replace(/-/g, '/')}/${slug}`,
      '---',
      '',
    );
    lines.push(headline, '', `By ${fullName(random)}`, '');
    lead = `${city} (${cast.agency}) \u2014 `;
  } else {
    const month = MONTH_ABBREVIATIONS[cast.published.getUTCMonth()].replace('.', '').slice(0, 3);
    const day = String(cast.published.getUTCDate()).padStart(2, '0');
    lines.push(`${random.pick(SECTIONS)} | ${month} ${day}`, '', headline, '');
    lead = `${month} ${day} (${cast.agency}) - `;
  }
  lines.push(`${lead}${story.narrative()} ${story.narrative()}`, '');
  let count = countWords(lines.join('\n'));
  while (count < words) {
    const paragraph = random.chance(0.45) ? story.quotation() : paragraphOf(story, random.int(1, 3));
    lines.push(paragraph, '');
    count += countWords(paragraph);
  }
  if (random.chance(0.4)) lines.push(...boilerplate(random));
  return lines.join('\n').replace(/\n+$/, '\n');
}

/**
 * Writes `count` articles (200 to 1,500 words each) into `dir`, named
 * `article-00001.news` and so on, for workspace-scale benchmarks; returns their paths.
 */
export function generateWorkspace(dir: string, count: number, seed: number): string[] {
  mkdirSync(dir, { recursive: true });
  const sizes = new Random(seed);
  const paths: string[] = [];
  for (let i = 1; i <= count; i++) {
    const path = join(dir, `article-${String(i).padStart(5, '0')}.news`);
    writeFileSync(path, generateArticle(mixSeed(seed, i), sizes.int(200, 1500)));
    paths.push(path);
  }
  return paths;
}

function paragraphOf(story: Story, sentences: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push(story.narrative());
  return parts.join(' ');
}

function drawCast(random: Random): Cast {
  const orgs: Organization[] = random.sample(ORG_HEADS, random.int(3, 5)).map((head) => {
    const words = [head, random.pick(ORG_BODIES), random.pick(ORG_SUFFIXES)];
    return { name: words.join(' '), acronym: words.map((w) => w[0]).join('') };
  });
  const usedSurnames = new Set<string>();
  const people: Person[] = [];
  const wanted = random.int(4, 8);
  while (people.length < wanted) {
    const last = surname(random);
    if (usedSurnames.has(last)) continue;
    usedSurnames.add(last);
    const title = random.pick(TITLES);
    const pronoun = title === 'spokeswoman' ? 'she' : title === 'spokesman' ? 'he' : random.chance(0.5) ? 'she' : 'he';
    people.push({ first: random.pick(FIRST_NAMES), last, title, pronoun, org: random.pick(orgs) });
  }
  // Whole days from 2012 to 2024, at a random time of day.
  const day = random.int(0, 13 * 365);
  const published = new Date(Date.UTC(2012, 0, 1) + day * 86_400_000);
  return {
    people,
    orgs,
    cities: random.sample(CITIES, random.int(2, 4)),
    country: random.pick(COUNTRIES),
    agency: random.pick(AGENCIES),
    topic: random.pick(TOPICS),
    published,
    curly: random.chance(0.5),
  };
}

function surname(random: Random): string {
  return random.pick(SURNAME_STARTS) + random.pick(SURNAME_ENDINGS);
}

function fullName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${surname(random)}`;
}

function headlineFor(random: Random, cast: Cast): string {
  const subject = random.chance(0.5) ? cast.country.name : cast.orgs[0].name;
  const verb = random.pick(['backs', 'pauses', 'rejects', 'revives', 'delays', 'defends', 'questions']);
  const tail = random.pick(['amid wage dispute', 'despite frayed ties', 'after late-night vote', 'as deadline nears', 'in blow to exporters', '']);
  return `${subject} ${verb} ${cast.topic[1]} ${tail}`.trim();
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function stamp(date: Date, random: Random): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${isoDate(date)} ${two(random.int(0, 23))}:${two(random.int(0, 59))}:${two(random.int(0, 59))}`;
}

function boilerplate(random: Random): string[] {
  const teaser = () => {
    const cast = drawCast(random);
    return `${headlineFor(random, cast)}. ${new Story(random, cast).narrative()}`;
  };
  const lines = [random.pick(['TOP STORIES', 'POPULAR NEWS']), ''];
  for (let i = random.int(2, 4); i > 0; i--) lines.push(teaser(), '');
  lines.push(`MORE ${random.pick(SECTIONS)} NEWS`, '', teaser(), '', 'FOLLOW US');
  if (random.chance(0.5)) lines.push(String(random.int(100000, 999999)));
  return lines;
}

if (require.main === module) {
  // `node out/bench/generate.js [seed] [words]` prints one article, to eyeball the templates.
  process.stdout.write(generateArticle(Number(process.argv[2] ?? 1), Number(process.argv[3] ?? 400)));
}

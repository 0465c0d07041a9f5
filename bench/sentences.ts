/**
 * The sentence templates of the benchmark's article generator: narrative sentences,
 * quotations in the attribution patterns wire copy uses, and date expressions of every
 * kind the analyser resolves. A {@link Story} remembers who has been introduced, so a
 * person is named in full (with a title) first and by surname afterwards.
 */
import { Random } from './prng';
import { COUNTRIES, MONTHS, MONTH_ABBREVIATIONS, NUMBER_WORDS, SAY_VERBS, TOPICS, WEEKDAYS } from './wordLists';

/** A person of the story. */
export interface Person {
  first: string;
  last: string;
  title: string;
  pronoun: 'she' | 'he';
  org: Organization;
}

/** An organization of the story; the acronym is used after the first mention. */
export interface Organization {
  name: string;
  acronym: string;
}

/** The cast and the setting of one article. */
export interface Cast {
  people: Person[];
  orgs: Organization[];
  cities: string[];
  country: (typeof COUNTRIES)[number];
  agency: string;
  topic: (typeof TOPICS)[number];
  /** Publication date (UTC). */
  published: Date;
  /** Straight or curly quotation marks for the whole article. */
  curly: boolean;
}

/** Tracks the telling of one article: who was introduced and who spoke last. */
export class Story {
  private readonly introduced = new Set<Person | Organization>();
  private lastSpeaker: Person | undefined;

  constructor(
    readonly random: Random,
    readonly cast: Cast,
  ) {}

  /**
   * A person: "Transport Minister Elena Varholt" or "Elena Varholt, chief executive of
   * the Calder Rail Group," the first time, "Varholt" after. `asSubject` keeps the comma
   * that closes an appositive before the verb.
   */
  person(p: Person, asSubject = true): string {
    this.lastSpeaker = p;
    if (this.introduced.has(p)) return p.last;
    this.introduced.add(p);
    if (/^[A-Z]/.test(p.title)) return `${p.title} ${p.first} ${p.last}`;
    return `${p.first} ${p.last}, ${p.title} of ${this.org(p.org)}${asSubject ? ',' : ''}`;
  }

  /** An organization: "Calder Rail Authority (CRA)" the first time, then "CRA" or "the authority". */
  org(o: Organization): string {
    if (!this.introduced.has(o)) {
      this.introduced.add(o);
      return this.random.chance(0.5) ? `the ${o.name} (${o.acronym})` : `the ${o.name}`;
    }
    return this.random.chance(0.6) ? `the ${o.acronym}` : `the ${o.name}`;
  }

  /** Wraps text in the article's quotation marks. */
  quote(text: string): string {
    return this.cast.curly ? `\u201c${text}\u201d` : `"${text}"`;
  }

  /** A person picked at random. */
  anyone(): Person {
    return this.random.pick(this.cast.people);
  }

  /** A pronoun for the last person named, or that person's surname when nobody was. */
  pronounOrName(): string {
    return this.lastSpeaker && this.introduced.has(this.lastSpeaker) ? this.lastSpeaker.pronoun : this.person(this.anyone());
  }

  /** A date or time expression relative to, or absolute around, the publication date. */
  date(): string {
    const r = this.random;
    const year = this.cast.published.getUTCFullYear();
    const forms: (() => string)[] = [
      () => `on ${r.pick(WEEKDAYS.slice(1, 6))}`,
      () => `${r.pick(['early', 'late', 'in the middle of'])} ${r.pick(['next', 'last', 'this'])} ${r.pick(['month', 'week', 'year'])}`,
      () => `by ${r.pick(MONTH_ABBREVIATIONS)} ${r.int(1, 28)}`,
      () => `on ${r.pick(MONTHS)} ${r.int(1, 28)}, ${year + r.int(-1, 1)}`,
      () => `in ${year - r.int(1, 9)}`,
      () => `since ${year - r.int(2, 20)}`,
      () => `for ${r.pick(NUMBER_WORDS)} ${r.pick(['years', 'months', 'weeks', 'days'])}`,
      () => `${r.pick(NUMBER_WORDS)} days ago`,
      () => `by the end of the ${r.pick(['month', 'year', 'week'])}`,
      () => `next ${r.pick(WEEKDAYS)}`,
      () => `each year`,
      () => `at ${r.int(7, 11)}:${r.pick(['00', '15', '30', '45'])} a.m. on ${r.pick(WEEKDAYS)}`,
      () => `in ${r.pick(MONTHS)}`,
      () => `between ${year - 12} and ${year - r.int(2, 8)}`,
      () => `last ${r.pick(['week', 'month', 'year', 'spring', 'autumn'])}`,
      () => `on ${r.pick(['Monday', 'Friday'])} night`,
    ];
    return r.pick(forms)();
  }

  /** A spoken sentence or two, without quotation marks. */
  speech(): string {
    const r = this.random;
    const [topic, short] = this.cast.topic;
    const subjects = ['We', 'Our members', 'Ministers', 'Most households', `The people of ${r.pick(this.cast.cities)}`, 'Our partners'];
    const verbs = [
      'will not accept',
      'have always supported',
      'need to see the details of',
      'are ready to discuss',
      'cannot afford to delay',
      'were never consulted on',
    ];
    const objects = [topic, `this ${short}`, 'a deal of this kind', 'more talks', 'a fair outcome for workers', 'anything short of full transparency'];
    const tails = ['', ' before the deadline', ' this year', ' at any price', ' in good faith', `, and we said so ${this.date()}`];
    const one = () => `${r.pick(subjects)} ${r.pick(verbs)} ${r.pick(objects)}${r.pick(tails)}`;
    return r.chance(0.4) ? `${one()}. ${one()}` : one();
  }

  /** A paragraph built around a direct quotation, in one of the attribution patterns. */
  quotation(): string {
    const r = this.random;
    const p = this.anyone();
    const say = r.pick(SAY_VERBS);
    const text = this.speech();
    const patterns: (() => string)[] = [
      () => `${this.quote(`${text},`)} ${this.person(p)} ${say}.`,
      () => `${this.quote(`${text},`)} said ${this.person(p, false)}.`,
      () => `${this.person(p)} said: ${this.quote(`${text}.`)}`,
      () => `${this.quote(`${text},`)} ${this.person(p)} said, ${this.quote(`${this.speech().replace(/^\S+/, (w) => w.toLowerCase())}.`)}`,
      () => `${this.quote(`${text},`)} ${this.pronounOrName()} ${say}. ${this.quote(`${this.speech()}.`)}`,
      () => `${this.quote(`${text},`)} a spokesperson for ${this.org(r.pick(this.cast.orgs))} said ${this.date()}.`,
      () => `${this.person(p)} described the ${this.cast.topic[1]} as ${this.quote('a first step')} and said ${p.pronoun} would push for more ${this.date()}.`,
    ];
    return r.pick(patterns)();
  }

  /** A sentence of narrative with names, places and dates but no quotation. */
  narrative(): string {
    const r = this.random;
    const { cities, country, orgs } = this.cast;
    const [topic, short] = this.cast.topic;
    const org = () => this.org(r.pick(orgs));
    const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
    const patterns: (() => string)[] = [
      () => `${cap(org())} said ${this.date()} it would review ${topic}.`,
      () => `The ${short} was first discussed in ${r.pick(cities)} ${this.date()}, according to officials.`,
      () => `${this.person(this.anyone())} is expected to travel to ${r.pick(cities)} ${this.date()} for talks with ${org()}.`,
      () => `Negotiators from ${country.name} have spent ${r.pick(NUMBER_WORDS)} years on the ${short}.`,
      () => `${country.demonym} exporters warned that the ${short} could cost them ${r.int(2, 90)} million dollars ${this.date()}.`,
      () => `Shares of ${org().replace(/^the /, '')} fell ${r.int(1, 9)}.${r.int(0, 9)} percent ${this.date()}.`,
      () => `According to ${this.person(this.anyone(), false)}, ${org()} will publish its findings ${this.date()}.`,
      () => `${cap(org())} and ${org()} signed a memorandum in ${r.pick(cities)} ${this.date()}.`,
      () =>
        `Residents of ${r.pick(cities)} held a protest ${this.date()}, the ${r.pick(['third', 'fourth', 'largest'])} since ${this.cast.published.getUTCFullYear() - r.int(1, 6)}.`,
      () => `The measure will apply to about ${r.int(2, 40)},000 households and be reviewed ${this.date()}.`,
    ];
    return r.pick(patterns)();
  }
}

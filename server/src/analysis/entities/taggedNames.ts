/**
 * The trained tagger's names as the entity layer takes them: trimmed of what is no part of a
 * name (trailing lower-case words, a leading prefix, determiner or topic word, titles and role
 * words, an honorific), a person split off the role before it ("Founder and Chief Executive Amara
 * Okafor"), "X and Y" after a comma split into a list's two items, a company's name that ends in
 * "'s" taken whole (possessiveNames.ts), the sides of a results line and a news outlet named before
 * its kind ("the Sun newspaper") as organizations (resultLines.ts, outletNames.ts),
 * and pronoun contractions and common abbreviations dropped.
 */
import { findGazetteerNames } from '../gazetteer';
import { tagNames, type NameSpan } from '../ner';
import type { AnalysisMemo } from '../memo';
import type { TextSpan } from '../types';
import { compoundTailAt, isCommonAbbreviation, isPronounContraction, isWireSlug } from './notNames';
import { withOutletNames } from './outletNames';
import { oneKindInLists } from './nameLists';
import { joinPersonParts } from './personJoins';
import { possessiveNames } from './possessiveNames';
import { withResultLineSides } from './resultLines';
import { notPeopleByCue } from './notPeopleByCue';
import { teamsByCue } from './teamsByCue';
import { isPersonRole, isTitleWord } from './titles';
import { withoutHeadlineTail } from './titleCaseHeadlines';

/** The tagger's names, trimmed of what is no part of a name (titles, role words, trailing lower-case words). */
export function taggedNames(text: string, spans: readonly TextSpan[], memo?: AnalysisMemo): NameSpan[] {
  const tagged: NameSpan[] = [];
  for (const found of tagNames(text, spans, undefined, memo).flatMap((name) => apartAtInnerWord(text, name))) {
    const headed = withoutHeadlineTail(text, found);
    const trimmed = headed && withoutTrailingLowercase(text, headed);
    if (trimmed && (isPronounContraction(trimmed.text) || isCommonAbbreviation(text, trimmed.start, trimmed.end) || isWireSlug(trimmed.text))) continue;
    const bare = trimmed && withoutLeadingWords(text, trimmed);
    if (!bare) continue;
    if (bare.label === 'PER') {
      const person = withoutLeadingTitles(text, bare);
      // "The Mayor of Boston", "Chief Executive Officer of General Motors": titles after "the" or before "of" name an office, not a person.
      const office =
        person.text.split(/\s+/).every(isTitleWord) &&
        (/\bthe\s+$/i.test(text.slice(Math.max(0, person.start - 4), person.start)) || /^\s+of\s/.test(text.slice(person.end, person.end + 4)));
      if (!office) tagged.push(person);
      continue;
    }
    const person = personAfterRole(text, bare) ?? personAfterLowerRole(text, bare);
    if (person) {
      tagged.push(person);
      continue;
    }
    const organization = withoutRoleWords(text, bare);
    if (!organization) continue;
    const split = personOfOrganization(organization) ?? seatFor(text, organization);
    if (split) {
      tagged.push(...split);
      continue;
    }
    const listed = listTail(text, organization, tagged[tagged.length - 1]) ?? listItems(organization);
    for (const name of listed ?? [organization]) tagged.push(withoutLeadingHonorific(text, name));
  }
  // Corrections that read the names together, in order: pairs and lists split, a person's parts joined,
  // lists of one kind, results lines, news outlets, one-word "people" the article speaks of as
  // organizations or places, then names that end in a possessive.
  let names = pairsNamedApart(tagged);
  names = joinPersonParts(text, names);
  names = oneKindInLists(text, names);
  names = withResultLineSides(text, names);
  names = withOutletNames(text, names);
  names = notPeopleByCue(text, names);
  names = teamsByCue(text, names);
  return possessiveNames(text, names);
}

/**
 * The lower-case words that join the parts of one name: prepositions, articles and conjunctions
 * ("Bank of England", "Trinidad and Tobago", "Newcastle upon Tyne", "Corriere della Sera",
 * "Doctors without Borders"), and particles ("Ursula von der Leyen", "Bangko ng Pilipinas").
 */
const JOINING_WORDS = new Set(
  'of for and the in on at by to a an or de da do dos das di del della delle degli dei dello du des la le les los las el al van von der den ter ten het op am im zu zum zur und e y es en sur sous au aux upon under over next near with without from into against bin ibn bint binti ben ul ud wa ould ag ng sa ni na mga para via'.split(
    ' ',
  ),
);
/** A lower-case word between two capitalised ones: "Egrets blank Marlins", "Fox News helped Trump"; not a compound ("Palestinian self-rule Authority") nor "al-Abidine". */
const INNER_WORD = /(?<=\p{Lu}[\p{L}'’.-]*)\s+(\p{Ll}+)\s+(?=\p{Lu})/gu;

/**
 * A tagged name cut at a lower-case word that joins no name (JOINING_WORDS) between two capitalised
 * ones: a headline's verb ("Egrets blank Marlins") or a noun the tagger ran through
 * ("the Spanish-language network Univision") stands between two names, not inside one; a
 * sentence's capitalised first word before such a noun ("Health insurers Cigna") is none.
 */
export function apartAtInnerWord(text: string, name: NameSpan): NameSpan[] {
  const parts: NameSpan[] = [];
  let from = 0;
  for (const inner of name.text.matchAll(INNER_WORD)) {
    if (JOINING_WORDS.has(inner[1].toLowerCase())) continue;
    // The match is the word with the spaces around it: the part before ends where it starts, the next begins after it.
    if (inner.index > from) parts.push(partOf(text, name, from, inner.index));
    from = inner.index + inner[0].length;
  }
  if (parts.length === 0) return [name];
  parts.push(partOf(text, name, from, name.text.length));
  // "… on Monday. Tobacco company Altria said": one word opening a sentence, before a noun, is that noun's modifier, no name.
  if (!/\s/.test(parts[0].text) && SENTENCE_END_BEFORE.test(text.slice(Math.max(0, name.start - 4), name.start))) parts.shift();
  return parts;
}

/** The end of a sentence, or a colon, right before a name (not a headline's start, nor a line after one). */
const SENTENCE_END_BEFORE = /[.!?:]["”’)]?\s+$/;

/** The part of a tagged name from `from` to `end` (offsets in the name), with its label. */
function partOf(text: string, name: NameSpan, from: number, end: number): NameSpan {
  return { ...name, start: name.start + from, end: name.start + end, text: text.slice(name.start + from, name.start + end) };
}

/** "Eleanor Digby of Dalhousie University": two or three capitalised words, "of" (and "the"), then a name ending in an organization's word. */
const PERSON_OF_ORGANIZATION = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\.)?(?: \p{Lu}[\p{L}'’-]+){1,2}) of (?:the )?(\p{Lu}.*)$/u;

/**
 * The last word of an institution a person is "of" ("of Dalhousie University", "of the Labour Party"); not a
 * company's legal form, which ends the whole name ("Gold Fields of South Africa Ltd").
 */
const INSTITUTION_WORD =
  /^(?:University|College|School|Institute|Foundation|Society|Trust|Council|Committee|Commission|Board|Office|Authority|Agency|Ministry|Department|Association|Union|League|Federation|Party|Court|Police|Hospital|Club|Fund|Bank|Museum|Library|Centre|Center)$/;

/**
 * A person and the organization they are "of" spanned as one organization ("Eleanor Digby of
 * Dalhousie University"): the person, then the organization. Only when no word of the first part
 * names an organization or a title ("Royal Bank of Scotland", "Museum of Modern Art" stay whole)
 * and the second part ends in an institution's word (INSTITUTION_WORD).
 */
function personOfOrganization(name: NameSpan): NameSpan[] | undefined {
  if (name.label === 'PER' || !name.text.includes(' of ')) return undefined;
  const m = PERSON_OF_ORGANIZATION.exec(name.text);
  if (!m) return undefined;
  const personWords = m[1].split(' ');
  if (personWords.some((w) => ORGANIZATION_WORD.test(w) || isTitleWord(w))) return undefined;
  const orgWords = m[2].split(' ');
  if (!INSTITUTION_WORD.test(orgWords[orgWords.length - 1])) return undefined;
  if (findGazetteerNames(m[1]).some((g) => g.start === 0)) return undefined;
  const orgStart = name.end - m[2].length;
  return [
    { start: name.start, end: name.start + m[1].length, text: m[1], label: 'PER' },
    { start: orgStart, end: name.end, text: m[2], label: 'ORG' },
  ];
}

/** A house and the place its member sits for: "Council of States for Lucerne", "Riigikogu for Viljandi". */
const HOUSE_FOR_PLACE = /^(.+) for (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)$/u;
/** "a member of the", "members of": what stands before a house whose member sits for a place. */
const MEMBER_OF_BEFORE = /\bmembers?\s+of\s+(?:the\s+)?$/i;

/**
 * A house and the place a member sits for, spanned as one organization ("a member of the Council of
 * States for Lucerne", "of the Riigikogu for Viljandi county"): the house, then the place. Only after
 * "member of", where "for" can only name the seat, so "the Commission for Racial Equality" stays whole.
 */
function seatFor(text: string, name: NameSpan): NameSpan[] | undefined {
  if (!name.text.includes(' for ') || !MEMBER_OF_BEFORE.test(text.slice(Math.max(0, name.start - 20), name.start))) return undefined;
  const m = HOUSE_FOR_PLACE.exec(name.text);
  if (!m) return undefined;
  const placeStart = name.end - m[2].length;
  return [
    { start: name.start, end: name.start + m[1].length, text: m[1], label: 'ORG' },
    { start: placeStart, end: name.end, text: m[2], label: 'LOC' },
  ];
}

/** One item of a list the tagger spanned whole: one or two capitalised words. */
const ITEM = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*)?";
const COMMA_LIST = new RegExp(`^${ITEM}(?:, ${ITEM})+,? (?:and|or) ${ITEM}$`, 'u');
const PAIR = new RegExp(`^(${ITEM}) and (${ITEM})$`, 'u');

/** The items of "Mercantile, Commerce and Roosevelt" spanned as one name, unless the gazetteer knows the whole. */
function listItems(name: NameSpan): NameSpan[] | undefined {
  if (!name.text.includes(', ') || !COMMA_LIST.test(name.text) || findGazetteerNames(name.text).some((g) => g.start === 0 && g.end === name.text.length))
    return undefined;
  const items: NameSpan[] = [];
  const item = new RegExp(ITEM, 'gu');
  for (let m = item.exec(name.text); m; m = item.exec(name.text))
    items.push({ start: name.start + m.index, end: name.start + m.index + m[0].length, text: m[0], label: name.label });
  return items;
}

/**
 * "Mercantile and Commerce" spanned as one name where the article names each apart ("Mercantile",
 * "Commerce"): two names. A pair the article never names apart stays one ("Procter and Gamble").
 */
function pairsNamedApart(tagged: NameSpan[]): NameSpan[] {
  let alone: Set<string> | undefined;
  let out: NameSpan[] | undefined;
  for (let i = 0; i < tagged.length; i++) {
    const n = tagged[i];
    const m = n.label !== 'PER' && n.text.includes(' and ') ? PAIR.exec(n.text) : null;
    alone ??= m ? new Set(tagged.map((t) => t.text)) : undefined;
    if (!m || !alone!.has(m[1]) || !alone!.has(m[2])) {
      out?.push(n);
      continue;
    }
    out ??= tagged.slice(0, i);
    const second = n.end - m[2].length;
    out.push({ start: n.start, end: n.start + m[1].length, text: m[1], label: n.label });
    out.push({ start: second, end: n.end, text: m[2], label: n.label });
  }
  return out ?? tagged;
}

const TRAILING_LOWERCASE = /(?:\s+\p{Ll}[\p{L}'’.]*)+$/u;

/**
 * A name never ends in a lower-case word ("Port of" when the tagger stopped early), nor in a
 * compound's lower-case tail ("Accra-based", "Cardiff-bred", "Obama-era": see notNames.ts), so
 * the name inside a compound is what links, to the registry when it has it.
 */
function withoutTrailingLowercase<T extends TextSpan & { text: string }>(text: string, name: T): T | undefined {
  const compound = compoundTailAt(name.text);
  const m = compound === undefined ? TRAILING_LOWERCASE.exec(name.text) : undefined;
  if (compound === undefined && !m) return name;
  // "Port of" when the tagger stopped before "Rotterdam": one generic word left is a fragment, not a name.
  if (m && /^\s+(?:of|for)\b/.test(m[0]) && !/\s/.test(name.text.slice(0, m.index))) return undefined;
  const end = name.start + (compound ?? m!.index);
  return end > name.start ? { ...name, end, text: text.slice(name.start, end) } : undefined;
}

/** A lower-case prefix joined by a hyphen ("union-Japan", "anti-Brexit", "ex-Google"); Arabic articles and patronymics ("al-Assad", "bin-Salman") belong to the name. */
const LEADING_PREFIX = /^(?!(?:al|el|ad|as|ash|at|an|ar|az|bin|ibn|bint|ul|ud|abu|abd)-)\p{Ll}+-(?=\p{Lu})/u;
/**
 * A determiner, an adjective of nearness or a preposition a sentence starts with ("Every Quillan in the fleet", "Each Ferreira",
 * "Neighbouring Norfolk", "Against Joinville, they…", "South of Whanganui, the river rose"): never part of a name.
 */
const LEADING_DETERMINER =
  /^(?:Every|Each|Any|Another|Some|No|This|That|These|Those|Our|Their|His|Her|Its|My|Your|Neighbouring|Neighboring|Nearby|Against|Despite|Unlike|Besides|(?:Upstream|Downstream|North|South|East|West)\s+of)\s+(?=\p{Lu})/u;

/** A wire headline's sport before a hyphen ("Soccer-Iceland beat Denmark"): the topic, not part of the name. */
const LEADING_TOPIC =
  /^(?:Soccer|Football|Rugby|Cricket|Tennis|Golf|Athletics|Cycling|Boxing|Hockey|Ice hockey|Basketball|Baseball|Softball|Volleyball|Handball|Badminton|Water polo|Netball|Table tennis|Squash|Skiing|Alpine skiing|Biathlon|Fencing|Judo|Wrestling|Weightlifting|Gymnastics|Triathlon|Equestrian|Horse racing|Curling|Lacrosse|Futsal|Darts|Motorsport|Motor racing|Sailing|Rowing|Canoeing|Swimming|Diving|Snooker|Racing|Running|Marathon|Trail running|Mountain running|Skating|Speed skating|Figure skating|Ski jumping|Cross-country skiing|Bobsleigh|Luge|Surfing|Climbing|Shooting|Archery|Karate|Taekwondo|Sumo|Rugby league|Rugby union|Hurling|Gaelic football|Polo|Mushing|Sled dog racing|Chess|Bowls|Kabaddi)-(?=\p{Lu})/u;

/**
 * A month before an organization's or a place's name ("the August National Association of
 * Purchasing Management index", "from January to June Comelf exported"): when the text was
 * written, not part of the name. People keep theirs ("June Carter"), and so do events ("the
 * October Revolution").
 */
const LEADING_MONTH = /^(?:January|February|March|April|June|July|August|September|October|November|December)\s+(?=\p{Lu})/u;
/** The first letters of the months LEADING_MONTH knows: a cheap first test. */
const MONTH_INITIAL = /^[JFMASOND]/;
/** A base before a company's name ("Minneapolis-based First Bank System Inc."): where it is, not part of its name. */
const LEADING_BASED = /^\p{Lu}[\p{L}.'’ -]*?-based\s+(?=\p{Lu})/u;

/** A month or a base the tagger spanned with an organization's or a place's name, unless the gazetteer knows the whole with it. */
function leadingMonthOrBase(name: NameSpan | (TextSpan & { text: string; label?: string })): RegExpExecArray | null {
  const label = 'label' in name ? name.label : undefined;
  if (label !== 'ORG' && label !== 'LOC') return null;
  const m = (name.text.includes('-based') ? LEADING_BASED.exec(name.text) : null) ?? (MONTH_INITIAL.test(name.text) ? LEADING_MONTH.exec(name.text) : null);
  if (!m || findGazetteerNames(name.text).some((g) => g.start === 0 && g.end > m[0].length)) return null;
  return m;
}

/** "The" before a name of two words or more ("The Commerce Department"); "The Hague", "The Times" keep theirs. */
const LEADING_THE = /^The\s+(?=\p{Lu}[\p{L}'’.-]*\s+\p{Lu})/u;

/** A sentence's "The" the tagger spanned with a longer name, unless the gazetteer knows the whole with it. */
function leadingThe(name: NameSpan | (TextSpan & { text: string; label?: string })): RegExpExecArray | null {
  if (('label' in name && name.label === 'PER') || !LEADING_THE.test(name.text)) return null;
  if (findGazetteerNames(name.text).some((g) => g.start === 0)) return null;
  return LEADING_THE.exec(name.text);
}

/** Without a lower-case prefix before a hyphen, a wire headline's sport, or a leading determiner; undefined when nothing is left. */
function withoutLeadingWords<T extends TextSpan & { text: string }>(text: string, name: T): T | undefined {
  const m =
    LEADING_PREFIX.exec(name.text) ?? LEADING_TOPIC.exec(name.text) ?? LEADING_DETERMINER.exec(name.text) ?? leadingThe(name) ?? leadingMonthOrBase(name);
  if (!m) return name;
  const start = name.start + m[0].length;
  return start < name.end ? { ...name, start, text: text.slice(start, name.end) } : undefined;
}

/** "President Ana Ruiz" → "Ana Ruiz": titles belong to the role, not the name. */
function withoutLeadingTitles<T extends TextSpan & { text: string }>(text: string, name: T): T {
  let start = name.start;
  for (const word of name.text.split(/\s+/).slice(0, -1)) {
    if (!isTitleWord(word)) break;
    start = text.indexOf(word, start) + word.length;
    while (/\s/.test(text[start])) start++;
  }
  return start === name.start ? name : { ...name, start, text: text.slice(start, name.end) };
}

/** Words that make a run of capitalised words an organization rather than a person's name. */
const ORGANIZATION_WORD =
  /^(?:Inc|Corp|Co|Ltd|Plc|LLC|Group|Bank|Party|Council|Agency|Ministry|Department|Association|Club|Union|United|City|Company|Committee|Commission|Board|Office|Authority|Trust|Fund|Institute|University|College|School|Court|Police|Service|Services|Foundation|Society|League|Federation|Holdings|Airlines|Motors|News|Times|Post|Logistics|Industries|Partners|Systems|Energy|Health|Hotel|Hospital)\.?$/;

/**
 * "Chief Executive Amara Okafor" typed as an organization (the retrained tagger reads a capitalised role
 * that opens a sentence, "Founder and Chief Executive …", as an organization's first words) → the person
 * "Amara Okafor": titles that end in a person's role, then two or three capitalised words none of which
 * names an organization, are a role before a person's name. The role is read back by withRole.
 */
function personAfterRole(text: string, name: NameSpan): NameSpan | undefined {
  const words = name.text.split(/\s+/);
  let titles = 0;
  while (titles < words.length && isTitleWord(words[titles])) titles++;
  if (titles === 0 || !isPersonRole(words[titles - 1])) return undefined;
  const rest = words.slice(titles);
  if (rest.length < 2 || rest.length > 3 || !rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORGANIZATION_WORD.test(w) && !isTitleWord(w))) return undefined;
  const start = name.end - rest.join(' ').length;
  if (text.slice(start, name.end) !== rest.join(' ')) return undefined;
  return { start, end: name.end, text: text.slice(start, name.end), label: 'PER' };
}

/** A person's role in lower case right before a name ("its chief executive", "the party's founder", "spokeswoman"). */
const LOWER_ROLE_BEFORE =
  /(?:^|[^\p{L}])(?:chief executive|executive|chairman|chairwoman|president|founder|co-founder|director|spokesman|spokeswoman|spokesperson|minister|secretary|treasurer|manager|economist|analyst|ceo|coach|captain|mayor|governor|senator|ambassador|commissioner|judge|councillor|councilor|professor)\s+$/u;

/**
 * "its chief executive Amara Lindqvist" typed as an organization → the person: two or three
 * capitalised words, none an organization's word or a title, right after a person's role
 * written in lower case. (A capitalised role inside the name is personAfterRole's.)
 */
function personAfterLowerRole(text: string, name: NameSpan): NameSpan | undefined {
  if (name.label !== 'ORG') return undefined;
  const words = name.text.split(/\s+/);
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !ORGANIZATION_WORD.test(w) && !isTitleWord(w))) return undefined;
  if (!LOWER_ROLE_BEFORE.test(text.slice(Math.max(0, name.start - 30), name.start))) return undefined;
  return { ...name, label: 'PER' };
}

/**
 * A role written with an organization's name is not part of it: "Chief Executive Officer of General
 * Motors" → "General Motors", "Apple Chief Executive Officer" → "Apple" (the retrained tagger spans
 * both whole). Leading titles go with the "of" after them; trailing titles go when the word before
 * them is capitalised ("Office of the President" keeps its office); both runs must end in a person's
 * role ("Duke Energy", "State of Texas" stay whole). Undefined when nothing is left.
 */
function withoutRoleWords(text: string, name: NameSpan): NameSpan | undefined {
  const words = name.text.split(/\s+/);
  let first = 0;
  while (first < words.length && isTitleWord(words[first])) first++;
  let start = name.start;
  if (first > 0 && isPersonRole(words[first - 1]) && first + 1 < words.length && words[first] === 'of') {
    const of = text.indexOf(' of ', name.start);
    if (of < 0 || of >= name.end) return name;
    start = of + 4;
  }
  let last = words.length;
  if (isPersonRole(words[words.length - 1])) while (last > 1 && isTitleWord(words[last - 1])) last--;
  let end = name.end;
  if (last < words.length && last > 0 && /^\p{Lu}/u.test(words[last - 1]) && !(start > name.start && last <= first + 1)) {
    const kept = words.slice(0, last).join(' ');
    if (text.slice(name.start, name.start + kept.length) !== kept) return name;
    end = name.start + kept.length;
  }
  if (start === name.start && end === name.end) return name;
  return start < end ? { ...name, start, end, text: text.slice(start, end) } : undefined;
}

/**
 * "Larkhall and Stonehouse" at the end of a list ("the MSP for Ayr, Larkhall and Stonehouse") → two
 * names: a name joined by "and" right after a comma that follows another name is the list's last two
 * items, unless the gazetteer knows the whole ("Bosnia and Herzegovina").
 */
function listTail(text: string, name: NameSpan, previous: NameSpan | undefined): NameSpan[] | undefined {
  const m = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?) and (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?)$/u.exec(name.text);
  if (!m || !previous || !/^,\s*$/.test(text.slice(previous.end, name.start))) return undefined;
  if (findGazetteerNames(name.text).some((g) => g.start === 0 && g.end === name.text.length)) return undefined;
  const second = name.end - m[2].length;
  return [
    { start: name.start, end: name.start + m[1].length, text: m[1], label: name.label },
    { start: second, end: name.end, text: m[2], label: name.label },
  ];
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau|Monsieur|Madame|Mme|Señor|Señora|Signor|Signora|Senhor|Senhora)\.?\s+(?=\S)/;

/**
 * "Ms Portsmouth" typed as an organization or place → "Portsmouth": an honorific is never part
 * of any name (the tagger, retrained for issue 11, sometimes spans it with a name it does not
 * read as a person); what follows is left to the linker, which sees the honorific before it.
 */
function withoutLeadingHonorific<T extends TextSpan & { text: string }>(text: string, name: T): T {
  const m = HONORIFIC.exec(name.text);
  if (!m || m[0].length >= name.text.length) return name;
  const start = name.start + m[0].length;
  return { ...name, start, text: text.slice(start, name.end) };
}

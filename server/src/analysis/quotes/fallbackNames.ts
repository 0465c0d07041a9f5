/**
 * A capitalized-name heuristic used only when the caller passes no entity
 * mentions (the real name tagger lives elsewhere). It finds runs of capitalized
 * words, drops leading titles ("Chief Cabinet Secretary", "Mr."), stops at
 * possessives ("Japan's" gives "Japan"), guesses a type from a few cue words, and
 * gives a surname the id of an earlier full name, so pronoun resolution and
 * speaker ids still work in the CLI, tests and evaluations without the tagger.
 */
import type { EntityMention, EntityType, TextSpan } from '../types';
import { slugify } from '../slug';
import { NAME_TITLES } from './lexicon';
import { isCapitalized, tokenize, type Token } from './tokens';

const FUNCTION_WORDS = new Set(
  `the a an but and or so yet in on at for to with from by of as if when while after before since this that these those there here
   he she it they we i you his her its their our my your what who which where why how however meanwhile still also then now
   mr mrs ms dr some many most all both each every no not yes according`.split(/\s+/),
);
const ORG_WORDS =
  /^(?:post|times|inc|corp|co|ltd|party|ministry|department|committee|agency|bank|university|council|campaign|association|union|office|bureau|commission|government|news|journal|network|group|foundation|institute|court|congress|senate|house|administration|company|press|reuters|cnn|fbi|cia|nbc|abc|cbs|fox|afp|ap|xinhua|board|club|league|service|services|times|tribune|herald|review|magazine|daily|weekly)$/i;
const PLACE_WORDS = /^(?:north|south|east|west|new|united|republic|kingdom|states|city|county|island|islands|peninsula|sea|river|mount|lake|province|state)$/i;
const PERSON_TITLES = /^(?:mr|mrs|ms|dr|sen|rep|gov|president|senator|minister|secretary|judge|pope|king|queen|prince|princess|spokesman|spokeswoman|mayor)$/i;

function guessType(words: Token[], titled: boolean): EntityType {
  if (words.some((w) => ORG_WORDS.test(w.lower)) || (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0].text))) return 'organization';
  if (titled) return 'person';
  if (words.length === 1 && /(?:ese|ian|ean|ish|can|ic|i)$/.test(words[0].lower)) return 'nationality';
  if (words.some((w) => PLACE_WORDS.test(w.lower))) return 'place';
  return words.length >= 2 ? 'person' : 'other';
}

function possessiveStem(token: Token): string | undefined {
  const m = /^(.*)['’]s?$/u.exec(token.text);
  return m && /[\p{L}]$/u.test(m[1]) ? m[1] : undefined;
}

/** Name mentions found by capitalization alone, in text order, inside the given paragraphs. */
export function fallbackNameMentions(text: string, paragraphs: readonly TextSpan[]): EntityMention[] {
  const mentions: EntityMention[] = [];
  const lastNames = new Map<string, { id: string; type: EntityType }>();
  const emit = (run: Token[], titled: boolean, cutPossessive: boolean) => {
    // Count the leading titles first and slice once: slicing per title is quadratic on "Mr. Mr. Mr.…".
    let lead = 0;
    while (lead < run.length - 1 && (NAME_TITLES.has(run[lead].lower) || FUNCTION_WORDS.has(run[lead].lower))) {
      titled = titled || PERSON_TITLES.test(run[lead].lower) || NAME_TITLES.has(run[lead].lower);
      lead++;
    }
    if (lead > 0) run = run.slice(lead);
    if (run.length === 0 || (run.length === 1 && (FUNCTION_WORDS.has(run[0].lower) || NAME_TITLES.has(run[0].lower)))) return;
    const start = run[0].start;
    const lastText = cutPossessive ? (possessiveStem(run[run.length - 1]) ?? run[run.length - 1].text) : run[run.length - 1].text;
    const end = run[run.length - 1].start + lastText.length;
    const name = text.slice(start, end);
    const known = lastNames.get(name.toLowerCase());
    const type = known?.type ?? guessType(run, titled);
    const id = known?.id ?? slugify(name);
    if (run.length >= 2 && type === 'person') lastNames.set(lastText.toLowerCase(), { id, type });
    mentions.push({ start, end, text: name, type, entityId: id, registered: false, source: 'heuristic' });
  };
  for (const para of paragraphs) {
    const tokens = tokenize(text, para.start, para.end);
    let run: Token[] = [];
    let titled = false;
    for (const token of tokens) {
      if (isCapitalized(token)) {
        if (run.length === 0) titled = false;
        run.push(token);
        if (possessiveStem(token) !== undefined && /['’]s?$/.test(token.text)) {
          emit(run, titled, true);
          run = [];
        }
        continue;
      }
      if (run.length > 0) emit(run, titled, false);
      run = [];
    }
    if (run.length > 0) emit(run, titled, false);
  }
  return mentions;
}

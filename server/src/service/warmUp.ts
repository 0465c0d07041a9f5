/**
 * Warms the keystroke path while the server is idle after it starts. V8 runs a function
 * in its interpreter until it has been called often enough to be optimised, so a fresh
 * server's first dozen keystrokes in an article cost three to four times what later ones
 * do (30–45 ms against 9 ms on a 10,000-word article). Typing into an invented article
 * of our own (below) in small steps, one per turn of the event loop, makes the reader's
 * first keystrokes as fast as the hundredth: the same analysis with its per-paragraph
 * memo, the same semantic tokens and diagnostics as an open document gets. Nothing it
 * computes is kept or sent. It works only while the reader does not: a step waits until
 * the server has had nothing to do for {@link QUIET_MS}, so it never delays a request.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisMemo, analyzeArticle, type Registry } from '../analysis';
import { articleDiagnostics } from '../features/diagnostics';
import { semanticTokens } from '../features/semanticTokens';
import type { Settings } from '../settings';

/** How many one-letter edits the warm-up types: about what V8 needs before the incremental paths stop changing. */
export const WARM_UP_EDITS = 48;
/** How long the server must have been left alone before a warm-up step runs. */
export const QUIET_MS = 250;

const SYLLABLES = ['ka', 'ren', 'tho', 'mal', 'vi', 'dor', 'sen', 'lu', 'bra', 'nim', 'ost', 'el', 'gar', 'pha', 'rin', 'to', 'qua', 'mes', 'dal', 'fi'];
const FIRST = ['Maren', 'Tobias', 'Ana', 'Kwame', 'Lucia', 'Harriet', 'Jonas', 'Priya', 'Mateo', 'Ines', 'Oskar', 'Leila'];
const PLACE_ENDS = ['ton', 'burg', 'ville', 'port', 'field', 'by', 'stad', 'ham'];
const TRADES = ['Freight', 'Holdings', 'Textiles', 'Foods', 'Logistics', 'Mining'];
const BODIES = ['City Council', 'Harbour Authority', 'University', 'Weavers Union', 'Health Board'];
const DATES = [
  'on Monday',
  'last Tuesday',
  'on March 3',
  'by 14 June 2025',
  'next Friday',
  'in the spring of 2024',
  'on 2024-05-06',
  'in 1998',
  'early next month',
  'on Sept. 12',
];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/** A made-up word of two or three syllables, capitalised, different for each `n`. */
function coined(n: number, syllables = 2): string {
  let word = '';
  for (let k = 0; k < syllables; k++) word += SYLLABLES[(n * (7 + 4 * k) + k * 11) % SYLLABLES.length];
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * How many paragraphs the invented article has (about 6,500 words). Twice as many warmed no better in
 * alternating rounds and kept 20 MiB more of the server's memory.
 */
const PARAGRAPHS = 60;
/** Paragraphs the warm-up adds per step while it writes the article, so no step holds the server's thread for long. */
const PARAGRAPHS_PER_STEP = 10;
/** Every step of the warm-up: writing the article (its dateline and paragraphs, ten a step), then the edits. */
export const WARM_UP_STEPS = Math.ceil((PARAGRAPHS + 1) / PARAGRAPHS_PER_STEP) + WARM_UP_EDITS;

/**
 * Sentences of the other kinds real news is made of, one a paragraph in turn: countries, cities and
 * nationalities the gazetteer knows, titles and honorifics, an acronym defined in parentheses, a
 * results line, a team's plural verb, lists, possessives, a lower-case role, a headline in capitals.
 * Without them the warm-up's names were all of one kind, V8 optimised the name layers for the
 * objects those make, and a real article's first analysis threw that code away (about 70
 * deoptimisations, "wrong map") and its first dozen keystrokes ran unoptimised again.
 */
/** The invented names a paragraph uses. */
interface Names {
  surname: string;
  place: string;
  town: string;
  firm: string;
}

const VARIED: readonly ((names: Names) => string)[] = [
  ({ place }) => `Officials in Washington, Beijing and Paris said the ${place} crossing was a matter for Canada and Mexico.`,
  ({ surname }) => `President ${surname} of the ${surname} Ferry Board (NFB) said the NFB would meet French and German ministers.`,
  ({ place, town }) => `${town} beat ${place} 2-1 on Saturday, and ${place} are now third, while ${town} have won four in a row. Result: ${town} 3 ${place} 1.`,
  ({ surname, firm }) => `Mr. ${surname} and Dr ${surname} met ${firm}'s chief executive, Ana Ruiz, in the United States and in Brazil.`,
  ({ surname, place }) =>
    `The American, British and Japanese envoys, and Sen. ${surname}, visited ${place}'s port, ${place} University and the European Union office in London.`,
  ({ surname, town }) =>
    `FERRY TALKS RESUME IN ${town.toUpperCase()} AS ${surname.toUpperCase()} RETURNS. Shares in ${surname} Holdings Inc. rose 4 percent in New York and Tokyo.`,
  ({ surname, place, town }) =>
    `Residents of ${town}, ${place} and Lakeport, and the mayor of ${town}, Jonas ${surname}, asked Germany, Italy and Spain for help.`,
  ({ surname, place }) => `The company's founder and chairman ${surname}, 71, said the ${place} plant employs about 900 people in Texas and California.`,
  ({ surname, town }) =>
    `The U.S. and U.K. envoys met at 9 a.m. (10:00 GMT) on Jan. 5 — the ${surname}-led talks in ${town} ran past midnight, a 3.5 percent rise.`,
  ({ surname, place }) => `“It is not over,” ${surname}’s lawyer said. ‘We will appeal’, said Judge Maria ${surname} of the Supreme Court in ${place}.`,
  ({ surname, firm }) =>
    `Sources said the Labor Department and the Federal Reserve had spoken to ${firm} and to Gov. ${surname} about the St. Louis and Los Angeles offices.`,
  ({ place, town }) =>
    `Republicans and Democrats in Congress, the White House and the Pentagon, and Muslims and Christians in ${town} and ${place} disagreed about the Iraq war.`,
];

/**
 * The paragraphs of an invented article of about 6,500 words with the kinds of text the tagger,
 * dates, quotes and linker read, and many distinct names (made-up words), so the paths that
 * meet a word for the first time are warmed as well as those that find it cached.
 */
export function warmUpParagraphs(): string[] {
  const paragraphs = ['LAKEPORT, March 4 (News Lens) -'];
  for (let i = 0; i < PARAGRAPHS; i++) {
    const surname = coined(i, 3);
    const person = `${FIRST[i % FIRST.length]} ${surname}`;
    const other = `${FIRST[(i + 5) % FIRST.length]} ${coined(i + 101, 2)}`;
    const place = coined(i + 211, 2) + PLACE_ENDS[i % PLACE_ENDS.length];
    const town = coined(i + 307, 2) + PLACE_ENDS[(i + 3) % PLACE_ENDS.length];
    const firm = `${coined(i + 401, 2)} ${TRADES[i % TRADES.length]}`;
    const body = `the ${place} ${BODIES[i % BODIES.length]}`;
    const day = DATES[i % DATES.length];
    paragraphs.push(
      [
        `${person}, who chairs ${body}, said ${day} that the plan for ${place} would go ahead.`,
        i % 2 === 0
          ? `"We have waited long enough for the ferry to run again," ${surname} told reporters in ${town}.`
          : `“The ferry is what keeps ${town} alive,” said ${surname}, adding that ${firm} would pay for half.`,
        `${other} of ${firm} disagreed, saying the cost had doubled since ${DATES[(i + 3) % DATES.length]}.`,
        `According to ${surname}, about ${120 + i * 7} families in ${town} depend on the crossing, up from ${80 + i} in ${MONTHS[i % MONTHS.length]} ${1990 + (i % 30)}.`,
        `The vote is expected ${DATES[(i + 4) % DATES.length]}, and 'nobody wants another winter like the last one', ${other.split(' ')[0]} added.`,
        VARIED[i % VARIED.length]({ surname, place, town, firm }),
      ].join(' '),
    );
  }
  return paragraphs;
}

/** The whole invented article. */
export function warmUpArticle(): string {
  return warmUpParagraphs().join('\n\n') + '\n';
}

/** Types one letter after the word at `fraction` of the text (as a reader's keystroke; the keystroke benchmarks type it too). */
export function typeAt(text: string, fraction: number): string {
  let at = Math.floor(fraction * text.length);
  while (at < text.length && /\S/.test(text[at])) at++;
  return `${text.slice(0, at)}x${text.slice(at)}`;
}

/**
 * Starts the warm-up: the article written ten paragraphs a step (each step analysed with the
 * memo, as pasting a long text in parts is), then {@link WARM_UP_EDITS} edits spread over the
 * whole article, each analysed with the memo and turned into semantic tokens and diagnostics,
 * one step per macrotask and only once `quietFor()` (ms since the reader's last request
 * or edit) reaches {@link QUIET_MS}. Returns a function that stops it (the service calls
 * it on shutdown). A failing step ends the warm-up quietly: it only ever makes later work faster.
 */
export function startWarmUp(registry: () => Registry, settings: () => Settings, maxLength: number, quietFor: () => number): () => void {
  const memo = new AnalysisMemo();
  const paragraphs = warmUpParagraphs();
  const writing = WARM_UP_STEPS - WARM_UP_EDITS;
  let text = '';
  let version = 0;
  let step = 0;
  let timer: NodeJS.Timeout | undefined;
  const later = (ms: number) => {
    timer = setTimeout(run, ms);
    timer.unref?.();
  };
  const run = () => {
    timer = undefined;
    const quiet = quietFor();
    if (quiet < QUIET_MS) return later(QUIET_MS - quiet);
    try {
      if (step < writing) text = paragraphs.slice(0, (step + 1) * PARAGRAPHS_PER_STEP).join('\n\n') + '\n';
      else text = typeAt(text, ((step * 7919) % 1000) / 1000);
      const document = TextDocument.create('untitled:news-lens-warm-up.news', 'news', version++, text);
      const reg = registry();
      const analysis = analyzeArticle(text, { registry: reg, maxLength, memo });
      semanticTokens(document, analysis);
      articleDiagnostics(document, analysis, reg, settings());
    } catch {
      return;
    }
    if (++step < WARM_UP_STEPS) later(0);
  };
  later(0);
  // A step runs to its end before anything else does, so clearing the one pending timer stops the warm-up for good.
  return () => clearTimeout(timer);
}

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

const PEOPLE = ['Maren Olsted', 'Tobias Fenwick', 'Ana Ribeiro', 'Kwame Asante', 'Lucia Moretti', 'Harriet Quill'];
const PLACES = ['Lakeport', 'Brindle County', 'Ostvik', 'the Harrow Valley', 'Port Dunmore', 'Calder'];
const BODIES = ['the Lakeport City Council', 'Fenwick Freight Ltd.', 'the Harbour Authority', 'Ostvik University', 'the Calder Weavers Union'];
const DAYS = ['on Monday', 'last Tuesday', 'on March 3', 'by 14 June 2025', 'next Friday', 'in the spring of 2024'];

/** An invented article of about 5,000 words with the kinds of text the tagger, dates, quotes and linker read. */
export function warmUpArticle(): string {
  const paragraphs = ['LAKEPORT, March 4 (News Lens) -'];
  for (let i = 0; i < 60; i++) {
    const person = PEOPLE[i % PEOPLE.length];
    const other = PEOPLE[(i + 2) % PEOPLE.length];
    const place = PLACES[i % PLACES.length];
    const body = BODIES[i % BODIES.length];
    const day = DAYS[i % DAYS.length];
    const surname = person.split(' ')[1];
    paragraphs.push(
      [
        `${person}, who chairs ${body}, said ${day} that the plan for ${place} would go ahead.`,
        `"We have waited long enough for the ferry to run again," ${surname} told reporters in ${place}.`,
        `${other} of ${BODIES[(i + 1) % BODIES.length]} disagreed, saying the cost had doubled since ${DAYS[(i + 3) % DAYS.length]}.`,
        `According to ${surname}, about ${120 + i * 7} families in ${PLACES[(i + 1) % PLACES.length]} depend on the crossing.`,
        `The vote is expected ${DAYS[(i + 4) % DAYS.length]}, and "nobody wants another winter like the last one", ${other.split(' ')[0]} added.`,
      ].join(' '),
    );
  }
  return paragraphs.join('\n\n') + '\n';
}

/** Types one letter after the word at `fraction` of the text (as a reader's keystroke). */
function typeAt(text: string, fraction: number): string {
  let at = Math.floor(fraction * text.length);
  while (at < text.length && /\S/.test(text[at])) at++;
  return `${text.slice(0, at)}x${text.slice(at)}`;
}

/**
 * Starts the warm-up: a full analysis, then {@link WARM_UP_EDITS} edits spread over the
 * article, each analysed with the memo and turned into semantic tokens and diagnostics,
 * one step per macrotask and only once `quietFor()` (ms since the reader's last request
 * or edit) reaches {@link QUIET_MS}. Returns a function that stops it (the service calls
 * it on shutdown). A failing step ends the warm-up quietly: it only ever makes later work faster.
 */
export function startWarmUp(registry: () => Registry, settings: () => Settings, maxLength: number, quietFor: () => number): () => void {
  const memo = new AnalysisMemo();
  let text = warmUpArticle();
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
      if (step > 0) text = typeAt(text, ((step * 7919) % 1000) / 1000);
      const document = TextDocument.create('untitled:news-lens-warm-up.news', 'news', version++, text);
      const reg = registry();
      const analysis = analyzeArticle(text, { registry: reg, maxLength, memo });
      semanticTokens(document, analysis);
      articleDiagnostics(document, analysis, reg, settings());
    } catch {
      return;
    }
    if (++step <= WARM_UP_EDITS) later(0);
  };
  later(0);
  return () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    step = WARM_UP_EDITS + 1;
  };
}

/**
 * The statistical name tagger of News Lens: finds person, organization, place and
 * miscellaneous names (CoNLL-2003 PER/ORG/LOC/MISC) in article text. An averaged
 * structured perceptron trained on CoNLL++ (`npm run train:ner`); the committed model
 * is imported statically, so the core never reads files and esbuild bundles it.
 */
import type { TextSpan } from '../types';
import { IobLabel, NameLabel } from './labels';
import { NerModel, NerModelFile } from './model';
import modelFile from './model.json';
import { loadClusters } from './clusters';
import { tagDocumentIndices, tagDocumentLabels } from './tagger';
import { splitSentences, Token, tokenize } from './tokenize';
import type { AnalysisMemo } from '../memo';

export { tokenize, splitSentences } from './tokenize';
export type { Token } from './tokenize';
export type { NameLabel, IobLabel } from './labels';
export { NerModel } from './model';
export type { NerModelFile } from './model';

/** A name found by the tagger; never includes a possessive 's (a name the model reads with its 's, "Lord's", keeps it). */
export interface NameSpan extends TextSpan {
  text: string;
  label: NameLabel;
}

let defaultModel: NerModel | undefined;

/** The committed model, decoded on first use (tens of milliseconds) with the word clusters it reads, and kept. */
export function loadDefaultModel(): NerModel {
  if (!defaultModel) {
    defaultModel = new NerModel(modelFile as NerModelFile);
    loadClusters();
  }
  return defaultModel;
}

/**
 * IOB2 labels for the sentences of one document in reading order (CoNLL tokens in,
 * "B-PER"/"I-ORG"/"O" out). Tagging sentences together lets later mentions use earlier ones.
 */
export function tagTokenizedDocument(sentences: readonly (readonly string[])[], model = loadDefaultModel()): IobLabel[][] {
  return tagDocumentLabels(model, sentences);
}

/** IOB2 labels for one pre-tokenized sentence on its own (no document context). */
export function tagTokens(tokens: readonly string[], model = loadDefaultModel()): IobLabel[] {
  return tagDocumentLabels(model, [tokens])[0];
}

/** A paragraph's sentences: tokens relative to it, and their token strings. */
function sentencesOf(paragraph: string): { tokens: Token[][]; strings: string[][] } {
  const tokens = splitSentences(paragraph, tokenize(paragraph));
  return { tokens, strings: tokens.map((s) => s.map((t) => t.text)) };
}

const TYPES: readonly NameLabel[] = ['PER', 'ORG', 'LOC', 'MISC'];
const POSSESSIVE = /^['\u2019][sS]$/;
const TRIM = /^(?:['\u2019][sS]?|[-.,;:"\u201c\u201d])$/;

/**
 * Names in the given paragraphs of `text` (each is tokenized and split into sentences;
 * together they form one document, so a name typed once informs its later mentions).
 * Spans are UTF-16 offsets into `text`, in order, without possessives ("Japan's" gives "Japan"; "Lord's" the ground stays whole).
 */
export function tagNames(text: string, paragraphs: readonly TextSpan[], model = loadDefaultModel(), memo?: AnalysisMemo): NameSpan[] {
  // Sentences of a paragraph depend on its text alone: computed relative to it (and memoized by it); `shift` puts them in place.
  // The token strings are split with the sentences (and memoized with them), so an unchanged paragraph hands the
  // tagger the same arrays as last time: that is how its incremental layer recognises an unchanged sentence.
  const sentences: Token[][] = [];
  const strings: string[][] = [];
  const shift: number[] = [];
  for (const p of paragraphs) {
    const paragraph = text.slice(p.start, p.end);
    const relative = memo ? memo.getFor('sent', paragraph, () => sentencesOf(paragraph)) : sentencesOf(paragraph);
    // No push(...spread): one paragraph of "A. A. A.…" has more sentences than the call stack holds arguments.
    for (let k = 0; k < relative.tokens.length; k++) {
      sentences.push(relative.tokens[k]);
      strings.push(relative.strings[k]);
      shift.push(p.start);
    }
  }
  const labels = tagDocumentIndices(model, strings, memo);
  const names: NameSpan[] = [];
  sentences.forEach((tokens, si) => {
    const tags = labels[si];
    let i = 0;
    while (i < tokens.length) {
      const k = tags[i];
      if (k === 0) {
        i++;
        continue;
      }
      const type = (k + 1) >> 1;
      let j = i + 1;
      while (j < tokens.length && tags[j] !== 0 && tags[j] % 2 === 0 && (tags[j] + 1) >> 1 === type) j++;
      let a = i;
      let b = j;
      // A name the model reads with its 's right after a word ("Lord's", "Boatmen's" the bank) keeps it; a possessive is tagged outside.
      const keepsItsS = b - a > 1 && POSSESSIVE.test(tokens[b - 1].text) && !TRIM.test(tokens[b - 2].text);
      if (!keepsItsS) while (b > a && TRIM.test(tokens[b - 1].text)) b--;
      while (a < b && TRIM.test(tokens[a].text)) a++;
      if (b > a) {
        const start = tokens[a].start + shift[si];
        const end = tokens[b - 1].end + shift[si];
        names.push({ start, end, text: text.slice(start, end), label: TYPES[type - 1] });
      }
      i = j;
    }
  });
  return names;
}

/**
 * Which names the Problems panel reports as "not in the registry" (issue 16): one report
 * per unregistered entity of the article, on its first mention that stands as a name, with
 * how often the article names it and the other forms it uses. Pure, so the server's
 * diagnostics and the evaluation that measures how many reports are worth registering
 * (eval/problems.ts) count the same reports.
 *
 * Not reported: names the built-in gazetteer knows (countries, capitals, demonyms: a team
 * registers them when it wants their cards), an entity seen only inside compounds
 * ("Obama-era", "Tory-led": notNames.ts), and a one-word adjective of direction before a
 * noun ("Western officials"). Names the registry has but the linker left unlinked (its
 * entries do not fit the context) are the editor's candidates to offer (features/linkDiagnostics.ts).
 */
import { isCompoundModifier, isDirectionAdjective } from './entities/notNames';
import { nearMiss, type Registry, type RegistryEntry } from './registry';
import type { ArticleAnalysis, EntityMention, EntityType } from './types';

/** One unregistered entity worth telling the reader about. */
export interface UnregisteredReport {
  /** The entity's first mention that stands as a name: where the diagnostic sits. */
  mention: EntityMention;
  /** The entity's fullest name in the article ("Priya Okonkwo" when "Okonkwo" came first): what a quick fix adds. */
  name: string;
  type: EntityType;
  /** How many mentions of the article name this entity. */
  count: number;
  /** The other forms the article uses for it ("Okonkwo"), possessives dropped, in order of first use. */
  forms: string[];
  /** A registered name one or two edits away, when the name looks like a misspelling of it. */
  nearMiss?: { surface: string; entry: RegistryEntry };
}

/** The unregistered entities of an analysed article worth reporting, in order of first mention. */
export function unregisteredReports(text: string, analysis: ArticleAnalysis, registry: Registry): UnregisteredReport[] {
  const byEntity = new Map<string, EntityMention[]>();
  for (const m of analysis.entities) {
    if (m.registered) continue;
    const list = byEntity.get(m.entityId);
    if (list) list.push(m);
    else byEntity.set(m.entityId, [m]);
  }
  const reports: UnregisteredReport[] = [];
  for (const mentions of byEntity.values()) {
    // A gazetteer name is known to the product; the reader registers it only to give it a card.
    if (mentions.some((m) => m.source === 'gazetteer')) continue;
    // A name the registry has, left unlinked because its entries do not fit here, is not "not in the registry":
    // the editor offers its candidates instead.
    if (mentions.some((m) => m.candidates || registry.claims.has(withoutPossessive(m.text.replace(/\s+/g, ' ')).toLowerCase()))) continue;
    const at = mentions.find((m) => !isCompoundModifier(text, m.end) && !isDirectionAdjective(text, m.start, m.end));
    if (!at) continue;
    const fullest = mentions.reduce((best, m) => (fuller(m.text, best.text) ? m : best), at);
    const name = readable(withoutPossessive(fullest.text.replace(/\s+/g, ' ')));
    const forms: string[] = [];
    for (const m of mentions) {
      const form = withoutPossessive(m.text.replace(/\s+/g, ' '));
      // A form that differs only in case is matched anyway: no alias for it.
      if (form.toLowerCase() !== name.toLowerCase() && !forms.includes(form)) forms.push(form);
    }
    const miss = nearMiss(registry, name);
    reports.push({ mention: at, name, type: fullest.type, count: mentions.length, forms, ...(miss ? { nearMiss: miss } : {}) });
  }
  return reports.sort((a, b) => a.mention.start - b.mention.start);
}

/** More words, then more characters, then written in lower case too ("Harbourton" over a dateline's "HARBOURTON"). */
function fuller(a: string, b: string): boolean {
  const wa = a.split(/\s+/).length;
  const wb = b.split(/\s+/).length;
  if (wa !== wb) return wa > wb;
  if (a.length !== b.length) return a.length > b.length;
  return isShouted(b) && !isShouted(a);
}

function isShouted(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase();
}

/**
 * The name as a registry writes it: a word shouted in a dateline or headline ("SAN MATEO") in
 * title case, since the registry's capitals match it there anyway; an acronym ("BBC", "NATO",
 * four letters or fewer) stays as written.
 */
function readable(name: string): string {
  if (!isShouted(name) || !name.split(' ').some((w) => w.replace(/[^\p{L}]/gu, '').length >= 5)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function withoutPossessive(name: string): string {
  return name.replace(/[’']s$/, '');
}

/**
 * The aliases a quick fix offers with a new entry: the other forms the article uses for the
 * entity, then a person's surname (the last word, past "Jr." and the like) when the article
 * does not already use it. Never the name itself.
 */
export function suggestedAliases(name: string, type: EntityType, forms: readonly string[]): string[] {
  const out = forms.filter((f) => f !== name && f.length > 1);
  if (type === 'person') {
    const words = name.split(' ').filter((w) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w));
    const surname = words[words.length - 1];
    if (words.length >= 2 && surname && /^\p{Lu}/u.test(surname) && !out.includes(surname)) out.push(surname);
  }
  return out;
}

/**
 * The part of a name's hover that speaks of the other registry entries it could
 * be (issue 10): why the chosen entry won, in a few words, then "Could also be:"
 * with each other candidate's name, type and one-line description. Kept apart from
 * the rest of the card so the reader sees at a glance that a choice was made, and
 * that a quick fix can change it. Registry text is untrusted: every piece of it is
 * flattened to one line and escaped, so a description cannot add links or headings.
 */
import type { EntityMention, Registry, RegistryEntry } from '../analysis';
import { mdCode, mdText } from '../markdown/safeMarkdown';
import { oneLine } from '../wording/names';

/** The markdown section for a mention with candidates, or undefined for a mention that had only one. */
export function ambiguitySection(entity: EntityMention, registry: Registry): string | undefined {
  const candidates = entity.candidates ?? [];
  if (candidates.length === 0) return undefined;
  const chosen = entity.registered ? entity.entityId : undefined;
  const others = candidates.filter((c) => c.entityId !== chosen);
  const lines: string[] = [];
  if (chosen) {
    const why =
      entity.linkSource === 'front-matter'
        ? "chosen in this article's front matter (`links`)"
        : entity.linkReason
          ? mdText(entity.linkReason)
          : 'the best fit in context';
    lines.push(`${entity.ambiguous ? '**Close call.** ' : ''}Linked here because: ${why}.`);
    lines.push('', 'Could also be:');
  } else {
    lines.push(
      `Not linked: ${entity.linkReason ? mdText(entity.linkReason) : `none of the ${candidates.length} registry entries named "${mdText(entity.text)}" fits here`}.`,
    );
    lines.push('', 'Could be:');
  }
  for (const c of others) {
    const entry = registry.byId.get(c.entityId);
    lines.push(`- ${entry ? candidateLine(entry) : mdCode(c.entityId)}`);
  }
  lines.push('', 'Choose with a quick fix; the choice is kept in the front matter.');
  return lines.join('\n');
}

/** "**Portsmouth** (place) — city in Hampshire, England · `portsmouth-hampshire`". */
function candidateLine(entry: RegistryEntry): string {
  const description = entry.description ? ` — ${mdText(oneLine(entry.description))}` : '';
  return `**${mdText(entry.name)}** (${entry.type})${description} · ${mdCode(entry.id)}`;
}

/**
 * The one slug rule for entity ids, so an id made for an unregistered entity and
 * the id the registry gets when that entity is added are the same
 * ("Yoshihide Suga" → "yoshihide-suga", "O'Neill" → "oneill", "Élodie" → "elodie").
 * Names with no Latin letters or digits give "entity", so the id is still valid.
 */
export function slugify(name: string): string {
  let slug = asciiSlug(name);
  if (slug === undefined) {
    slug = name
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  }
  return slug || 'entity';
}

/**
 * The same rule for plain ASCII names (nearly all of them), in one pass: ASCII is its own
 * NFKD form and has no combining marks, so only lower-casing, dropping apostrophes and
 * turning runs of other characters into one inner hyphen remain. Undefined for any other name.
 */
function asciiSlug(name: string): string | undefined {
  let slug = '';
  let gap = false;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 128) return undefined;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (gap && slug.length > 0) slug += '-';
      gap = false;
      slug += String.fromCharCode(c);
    } else if (c !== 39) gap = true;
  }
  return slug;
}

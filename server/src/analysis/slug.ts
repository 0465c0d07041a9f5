/**
 * The one slug rule for entity ids, so an id made for an unregistered entity and
 * the id the registry gets when that entity is added are the same
 * ("Yoshihide Suga" → "yoshihide-suga", "O'Neill" → "oneill", "Élodie" → "elodie").
 * Names with no Latin letters or digits give "entity", so the id is still valid.
 */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'entity';
}

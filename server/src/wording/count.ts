/**
 * A number with its noun, singular or plural ("1 quotation", "3 dates", "2 entities"): the
 * hover card and the status bar's tooltip say counts the same way.
 */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

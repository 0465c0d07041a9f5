/**
 * Dates in the reader's words for the editor features (inlay hints, the date card):
 * the core's `describeDate` in the display language VS Code sent at `initialize`.
 * The language is fixed for the service's life (VS Code restarts its extension host,
 * and so this server, when the user changes it): the service keeps it in its context
 * (`ctx.locale`) and the features pass it here.
 */
import type { DateMention } from '../analysis';
import { describeDate, isResolved } from '../analysis';

/** The display language to write dates in: `InitializeParams.locale`, or English when it is missing or empty. */
export function displayLocale(value: string | undefined): string {
  return value && value.trim() ? value.trim() : 'en';
}

/** The date in plain words ("Thu 2 May 2024, evening"), or its TIMEX3 value when the core cannot read it. */
export function plainDate(date: Pick<DateMention, 'value' | 'mod'>, locale: string): string {
  return describeDate(date.value, date.mod, locale) ?? date.value;
}

/** The inlay hint's words for a date the reader cannot see the value of, or null when there is nothing sure to say. */
export function hintWords(date: DateMention, locale: string): string | null {
  if (!isResolved(date.value)) return null;
  return describeDate(date.value, date.mod, locale);
}

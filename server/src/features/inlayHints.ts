/**
 * Inlay hints after relative dates ("on Monday", "late last week", "Aug. 24"):
 * the day they resolve to in plain words ("Mon 29 July 2019"), so a reader sees it
 * without hovering. Dates that already spell out their year need no hint, and a
 * date that cannot be resolved (no publication date, no year) gets none: the code
 * lens on the first line says why (publicationDateLens.ts).
 */
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver-protocol';
import type { DateMention } from '../analysis';
import type { ServiceContext } from '../service/context';
import { hintWords } from '../wording/dateWords';
import { throwIfCancelled, type Cancellation } from '../service/cancellation';
import { toPosition } from '../convert';

/** True for a date whose text does not already say the value (no four-digit year in it). */
export function isRelative(date: DateMention): boolean {
  return (date.dateType === 'date' || date.dateType === 'time') && !/\b\d{4}\b/.test(date.text) && /^(?:\d{4}|XXXX)-/.test(date.value);
}

/** The inlay-hint provider for open articles; `newsLens.inlayHints.enabled` turns them off. */
export function create(ctx: ServiceContext): (params: InlayHintParams, token: Cancellation) => InlayHint[] {
  return (params, token) => {
    throwIfCancelled(token);
    if (!ctx.settings(params.textDocument.uri).inlayHints.enabled) return [];
    const open = ctx.article(params.textDocument.uri);
    if (!open) return [];
    const from = open.document.offsetAt(params.range.start);
    const to = open.document.offsetAt(params.range.end);
    const hints: InlayHint[] = [];
    for (const d of open.analysis.dates) {
      if (d.end < from || d.start > to || !isRelative(d)) continue;
      const words = hintWords(d, ctx.locale);
      if (words === null) continue;
      hints.push({
        position: toPosition(open.document, d.end),
        label: ` ${words}`,
        kind: InlayHintKind.Type,
        paddingLeft: false,
        tooltip: `${d.resolution} (TIMEX3 ${d.value})`,
      });
    }
    return hints;
  };
}

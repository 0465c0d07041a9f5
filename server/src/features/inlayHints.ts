/**
 * Inlay hints after relative dates ("on Monday", "late last week", "Aug. 24"):
 * the calendar value they resolve to, so a reader sees it without hovering.
 * Dates that already spell out their year need no hint.
 */
import { InlayHintKind, type InlayHint } from 'vscode-languageserver';
import type { DateMention } from '../analysis';
import type { ServerContext } from '../context';
import { readable } from './hover';

/** True for a date whose text does not already say the value (no four-digit year in it). */
export function isRelative(date: DateMention): boolean {
  return (date.dateType === 'date' || date.dateType === 'time') && !/\b\d{4}\b/.test(date.text) && /^(?:\d{4}|XXXX)-/.test(date.value);
}

/** Registers inlay hints for open articles; `newsLens.inlayHints.enabled` turns them off. */
export function register(ctx: ServerContext): void {
  ctx.connection.languages.inlayHint.on((params) => {
    if (!ctx.settings().inlayHints.enabled) return [];
    const open = ctx.article(params.textDocument.uri);
    if (!open) return [];
    const from = open.document.offsetAt(params.range.start);
    const to = open.document.offsetAt(params.range.end);
    return open.analysis.dates
      .filter((d) => d.end >= from && d.start <= to && isRelative(d))
      .map((d): InlayHint => ({
        position: open.document.positionAt(d.end),
        label: ` ${readable(d.value)}${d.mod ? ` (${d.mod.toLowerCase()})` : ''}`,
        kind: InlayHintKind.Type,
        paddingLeft: false,
        tooltip: d.resolution,
      }));
  });
}

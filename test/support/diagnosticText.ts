/** A diagnostic's message as text, for the tests that read it. */
import type { Diagnostic } from 'vscode-languageserver-protocol';

/** The message as text (LSP 3.18 also allows markup content). */
export const messageOf = (d: Diagnostic): string => (typeof d.message === 'string' ? d.message : (d.message as { value: string }).value);

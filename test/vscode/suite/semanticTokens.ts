// Decodes VS Code's packed semantic-token array into readable tokens, so tests can
// say "a `person` token covers this name" instead of comparing integer arrays.
import * as vscode from 'vscode';

/** One decoded semantic token, in absolute line/character terms. */
export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/**
 * Turns the relative encoding (deltaLine, deltaStart, length, typeIndex, modifierBits)
 * into absolute tokens with names from the legend.
 */
export function decodeSemanticTokens(data: Uint32Array, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const tokens: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 5 <= data.length; i += 5) {
    const deltaLine = data[i];
    line += deltaLine;
    character = deltaLine === 0 ? character + data[i + 1] : data[i + 1];
    const bits = data[i + 4];
    const modifiers = legend.tokenModifiers.filter((_, index) => (bits & (1 << index)) !== 0);
    tokens.push({ line, character, length: data[i + 2], type: legend.tokenTypes[data[i + 3]] ?? `#${data[i + 3]}`, modifiers });
  }
  return tokens;
}

/** Asks VS Code (and so the extension's provider) for the legend and full tokens of a document. */
export async function fetchSemanticTokens(uri: vscode.Uri): Promise<DecodedToken[] | undefined> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', uri);
  if (!legend || !tokens || tokens.data.length === 0) return undefined;
  return decodeSemanticTokens(tokens.data, legend);
}

/** Tokens that cover the whole text range `offset..offset+length` of `document`. */
export function tokensCovering(tokens: DecodedToken[], document: vscode.TextDocument, offset: number, length: number): DecodedToken[] {
  const start = document.positionAt(offset);
  const end = document.positionAt(offset + length);
  return tokens.filter((t) => t.line === start.line && t.line === end.line && t.character <= start.character && t.character + t.length >= end.character);
}

/** A short description of the tokens on a line, for failure messages. */
export function describeLine(tokens: DecodedToken[], document: vscode.TextDocument, line: number): string {
  const text = document.lineAt(line).text;
  return (
    tokens
      .filter((t) => t.line === line)
      .map((t) => `${JSON.stringify(text.slice(t.character, t.character + t.length))}:${t.type}${t.modifiers.length ? '.' + t.modifiers.join('.') : ''}`)
      .join(', ') || '(no tokens on that line)'
  );
}

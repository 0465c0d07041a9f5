/**
 * The one place hover cards and tooltips are turned into Markdown. Everything a card
 * shows that came from a registry or an article (names, descriptions, roles, links,
 * headlines, dates) is someone else's text: written as is, it could close a link and
 * open an image that VS Code fetches when the card is drawn (so a shared registry
 * could learn who hovers what), or inject headings, rules and code blocks. These
 * helpers make such text inert: every field is escaped and kept on one line, and only
 * `http:`, `https:` and `file:` addresses become links, percent-encoded so that no
 * character can end the link early. Pure (no VS Code, no LSP), so the client's tooltips
 * and the unit tests use the same code. The one other kind of link is a command link to
 * one of our own commands ({@link mdCommandLink}), which the client trusts for those only.
 */
import { HOVER_COMMANDS } from '../protocol';

/**
 * Line and paragraph separators, other control characters (NUL included) and the bidi
 * embedding/override/isolate controls, which could make a card read in a different
 * order than it is written. Zero-width joiners stay: emoji and some scripts need them.
 */
// eslint-disable-next-line no-control-regex
const FOLDED = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;
/** Lone UTF-16 surrogates: not text, and they make `encodeURIComponent` throw. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const HAS_LONE_SURROGATE = new RegExp(LONE_SURROGATE.source);
/**
 * ASCII punctuation that Markdown (CommonMark, GFM and VS Code's renderer) gives a
 * meaning inline: emphasis, code, links, images, HTML, entities, tables, strikethrough,
 * and `:` so that no scheme (`https:`) in a field becomes an autolink.
 */
const INLINE_SPECIAL = /[\\`*_{}[\]()<>#+!|~&:]/g;

/**
 * A field from a registry or an article as Markdown text that renders as exactly those
 * characters: control characters and line breaks folded to single spaces, the ends
 * trimmed (leading spaces would make an indented code block), every inline special
 * character backslash-escaped, and whatever would start a block at the beginning of a
 * paragraph (`-`, `+`, `1.`, `1)`, `=`) escaped too. Lone surrogates become U+FFFD.
 */
export function mdText(field: string): string {
  const flat = oneLine(field);
  // `www.` and `//host` start autolinks in some renderers even without a scheme.
  let escaped = flat
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
    .replace(/\/(?=\/)/g, '/\\');
  // A paragraph that starts with a list marker, a rule or a setext underline is a block.
  escaped = escaped.replace(/^([-=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return escaped;
}

/** `field` as bold Markdown text (escaped like {@link mdText}). */
export function mdBold(field: string): string {
  const text = mdText(field);
  return text ? `**${text}**` : '';
}

/**
 * `field` as an inline code span: code spans take no backslash escapes, so the fence is
 * one backtick longer than the longest run of backticks inside, padded with a space
 * when the text starts or ends with a backtick. Kept on one line.
 */
export function mdCode(field: string): string {
  const flat = oneLine(field);
  if (!flat) return '';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A link to `address` labelled `label`, or, when the address is not one a card may link
 * to, the label followed by the address as plain text. Allowed: `http:`/`https:` with a
 * host, and `file:`; nothing with whitespace or control characters in it. The address
 * is percent-encoded wherever Markdown or a URL parser could misread it (parentheses,
 * brackets, quotes, backslashes, non-ASCII), so `)` can never end the link early.
 */
export function mdLink(label: string, address: string): string {
  const target = safeAddress(address);
  const text = mdText(label) || mdText(address);
  if (target === undefined) return label === address || !label ? mdText(address) : `${text} (${mdText(address)})`;
  return `[${text}](${target})`;
}

/**
 * `address` percent-encoded for a Markdown link destination, or undefined when it may
 * not be linked to at all. Exported for the tests and for callers that build a command
 * link themselves.
 */
export function safeAddress(address: string): string | undefined {
  if (!/^(?:https?:\/\/[^/?#\s\\]+|file:)/i.test(address)) return undefined;
  if (/[\s\p{Cc}\p{Cf}\u2028\u2029]/u.test(address)) return undefined;
  if (HAS_LONE_SURROGATE.test(address)) return undefined;
  let out = '';
  for (let i = 0; i < address.length; i++) {
    const c = address[i];
    if (/[A-Za-z0-9\-._~:/?#@!$&'*+,;=]/.test(c)) out += c;
    else if (c === '%' && /^[0-9A-Fa-f]{2}$/.test(address.slice(i + 1, i + 3))) out += c;
    else {
      const code = address.codePointAt(i)!;
      const char = String.fromCodePoint(code);
      out += encodeURIComponent(char).replace(/[!'()*]/g, (p) => `%${p.charCodeAt(0).toString(16).toUpperCase()}`);
      i += char.length - 1;
    }
  }
  return out;
}

/**
 * A command link (`[label](command:id?args)`) to one of {@link HOVER_COMMANDS}, its
 * arguments JSON and then percent-encoded, every character Markdown or a URL parser could
 * read as the end of the link (`(`, `)`, `]`, spaces, quotes) included, so an argument
 * taken from an article (a name) cannot end the link or add another. Throws for any
 * other command: a card must never link to a command the client does not trust.
 */
export function mdCommandLink(label: string, command: string, args: readonly unknown[]): string {
  if (!HOVER_COMMANDS.includes(command)) throw new Error(`${command} is not a command hover cards may link to`);
  // JSON.stringify keeps lone surrogates as \u escapes, so encodeURIComponent never throws here.
  const query = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${mdText(label)}](command:${command}?${query})`;
}

/** `field` on one line: control characters and line breaks folded to one space, trimmed, lone surrogates replaced. */
function oneLine(field: string): string {
  return String(field).replace(LONE_SURROGATE, '\ufffd').replace(FOLDED, ' ').replace(/\s+/g, ' ').trim();
}

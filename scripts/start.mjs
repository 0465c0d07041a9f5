// `npm start`: runs the CLI over samples/ and prints each article's annotations in
// colour in the terminal, then says how to open the samples in VS Code.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
const STYLE = {
  person: '33',
  organization: '36',
  place: '34',
  nationality: '94',
  event: '35',
  law: '93',
  product: '91',
  other: '37',
  date: '32',
  quote: '38;5;173',
  speaker: '1;4',
};

const articles = readdirSync('samples')
  .filter((f) => /\.(news|article|txt)$/.test(f))
  .sort()
  .map((f) => join('samples', f));
const cli = spawnSync(process.execPath, ['dist/cli.js', 'analyze', '--registry', 'samples/entities.yaml', ...articles], { encoding: 'utf8' });
if (cli.status !== 0) {
  process.stderr.write(cli.stderr);
  process.exit(cli.status ?? 1);
}
const { articles: results } = JSON.parse(cli.stdout);

for (const article of results) {
  const text = readFileSync(article.file, 'utf8');
  console.log(paint('1', `\n━━ ${article.file} ━━`) + paint('2', `  published ${article.publicationDate ?? 'unknown'}`));
  console.log(highlight(text, article));
  const distinct = new Map(article.entities.map((e) => [e.entityId, e]));
  console.log(
    paint('1', '  Entities: ') +
      [...distinct.values()].map((e) => paint(STYLE[e.type], `${e.text} (${e.type}${e.entityId ? ', ' + e.entityId : ''})`)).join(', '),
  );
  console.log(paint('1', '  Dates:    ') + article.dates.map((d) => paint(STYLE.date, `${d.text} → ${d.value}${d.mod ? ' ' + d.mod : ''}`)).join(', '));
  console.log(paint('1', '  Quotes:'));
  for (const q of article.quotes) {
    const words = q.text.replace(/\s+/g, ' ');
    console.log(
      `    ${paint(STYLE.quote, words.length > 70 ? words.slice(0, 67) + '…' : words)} — ${q.speaker ? paint(STYLE.speaker, q.speaker.text) : paint('2', 'no speaker')}`,
    );
  }
}

console.log(`
${paint('1', 'Legend:')} ${Object.entries(STYLE)
  .map(([k, v]) => paint(v, k))
  .join(' ')}

To see the same in VS Code: run "npm run package", then "code --install-extension news-lens.vsix"
and open the samples/ folder ("code samples"). Hover a name, open the Outline view, and try
"News Lens: Treat File as Article" from the Command Palette.
`);

/** The article text with annotated spans coloured; long articles are cut after 1,200 characters. */
function highlight(text, article) {
  const spans = [
    ...article.entities.map((e) => ({ ...e, style: STYLE[e.type] })),
    ...article.dates.map((d) => ({ ...d, style: STYLE.date })),
    ...article.quotes.flatMap((q) => (q.speaker ? [{ ...q.speaker, style: STYLE.speaker }] : [])),
  ].sort((a, b) => a.start - b.start);
  const limit = Math.min(text.length, 1200);
  let out = '';
  let cursor = 0;
  for (const s of spans) {
    if (s.start < cursor || s.end > limit) continue;
    out += text.slice(cursor, s.start) + paint(s.style, text.slice(s.start, s.end));
    cursor = s.end;
  }
  out += text.slice(cursor, limit) + (limit < text.length ? paint('2', ' …') : '');
  return out
    .split('\n')
    .map((l) => '  ' + l)
    .join('\n');
}

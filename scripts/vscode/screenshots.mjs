// `npm run screenshots`: the palette in VS Code's four built-in themes (issue 16). Opens a
// sample article in the real VS Code (the VS Code server driven by headless Chromium, as
// `npm run test:vscode` does), switches through Dark Modern, Light Modern, Dark High
// Contrast and Light High Contrast with the theme picker, and in each:
//   - measures what the reader sees: the colour of a person, an organization, a place and
//     a date (the four hues), of plain text, of the quieter names (a nationality: italic)
//     and of the editor background;
//   - checks that the four hues differ clearly from each other and from plain text (CIE76
//     ΔE at least 20, where 2 is just noticeable), that each reads
//     against the background (contrast at least 3:1, WCAG's figure for large text and UI;
//     the high-contrast themes' own text reaches 7:1), and that the quieter names are
//     italic rather than a fifth hue;
//   - saves the editor as docs/theme-<name>.png (small: the editor only, no side bar).
// Prints one line per theme with the measured figures; exits non-zero when a check fails.
// Not part of `npm test`: the pictures are for people (README, issue notes), the checks
// are there so a palette change that makes a theme unreadable is seen when they are retaken.
//
// Flags: --out DIR writes the pictures elsewhere (default docs/); --no-write only measures.
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { installCodeServer } from './install-code-server.mjs';
import { prepareWorkspace } from './workspace.mjs';
import { startVsCodeServer } from './server.mjs';
import { launchBrowser, openWorkbench, workbenchUrl } from './browser.mjs';
import { chooseColorTheme, runPaletteCommand } from './browser-views.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outArg = process.argv.indexOf('--out');
const outDir = resolve(outArg > 0 ? process.argv[outArg + 1] : join(repoRoot, 'docs'));
const write = !process.argv.includes('--no-write');

/** The four built-in themes: picker label, the class the workbench then carries, and the picture's file name. */
export const THEMES = [
  { label: 'Dark Modern', className: 'vs-dark', file: 'theme-dark-modern.png' },
  { label: 'Light Modern', className: 'vs', file: 'theme-light-modern.png' },
  { label: 'Dark High Contrast', className: 'hc-black', file: 'theme-dark-high-contrast.png' },
  { label: 'Light High Contrast', className: 'hc-light', file: 'theme-light-high-contrast.png' },
];

/** The sample, and words in its first paragraphs the checks measure (samples/harbor-strike.news). */
const ARTICLE = 'harbor-strike.news';
const SAMPLES = {
  person: 'Pieter Hendriks',
  organization: 'Dutch Dockers Federation',
  place: 'ROTTERDAM',
  date: 'Monday',
  quieter: 'Dutch',
  plain: 'container',
};

/** Every way the sample writes its registered people: after a theme switch all must show one colour before a picture is taken. */
const PERSON_FORMS = ['Johanna Brinkman', 'Brinkman', 'Pieter Hendriks', 'Hendriks'];

/** Contrast the four hues must reach against the editor background. */
const MIN_CONTRAST = 3;

/**
 * Runs in the page: for each sample word, the computed colour and font style of the span
 * that draws it on one visual line, and the editor background; null for a word not drawn.
 */
function measure(samples) {
  const clean = (s) => s.replace(/\u00a0/g, ' ');
  const lines = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')];
  const found = {};
  const spans = lines.flatMap((line) => [...line.querySelectorAll('span > span')]);
  for (const [key, surface] of Object.entries(samples)) {
    if (key === 'forms') continue;
    // A span that is exactly the word (a token of its own) first, else one that contains it.
    const span = spans.find((s) => clean(s.textContent ?? '').trim() === surface) ?? spans.find((s) => clean(s.textContent ?? '').includes(surface));
    if (!span) {
      found[key] = null;
      continue;
    }
    const style = getComputedStyle(span);
    found[key] = { color: style.color, italic: style.fontStyle === 'italic', whole: clean(span.textContent ?? '').trim() === surface };
  }
  found.personForms = [...new Set(spans.filter((s) => samples.forms.includes(clean(s.textContent ?? '').trim())).map((s) => getComputedStyle(s).color))];
  const background = getComputedStyle(
    document.querySelector('.monaco-editor .monaco-editor-background') ?? document.querySelector('.monaco-editor'),
  ).backgroundColor;
  return { found, background };
}

/** [r, g, b] of a CSS rgb()/rgba() colour. */
function rgb(css) {
  const m = /rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(css ?? '');
  if (!m) throw new Error(`not an rgb colour: ${css}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** WCAG 2 contrast ratio of two colours. */
export function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = rgb(c).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** CIE L*a*b* of a CSS colour (sRGB, D65). */
function lab(css) {
  const [r, g, b] = rgb(css).map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const [fx, fy, fz] = xyz.map((t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116));
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

/** How far apart two colours look (CIE76 ΔE: about 2 is just noticeable, 20 and more is clearly another colour). */
export function deltaE(a, b) {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** How far the four hues must be from each other and from plain text (ΔE). */
const MIN_DELTA_E = 20;

/** The problems with one theme's measurements (empty when it reads well). */
export function judge({ found, background }) {
  const problems = [];
  const hues = ['person', 'organization', 'place', 'date'];
  for (const key of [...hues, 'quieter', 'plain']) if (!found[key]) problems.push(`"${SAMPLES[key]}" (${key}) is not drawn`);
  if (problems.length) return problems;
  for (const key of hues) {
    if (!found[key].whole) problems.push(`${key} "${SAMPLES[key]}" has no token of its own`);
    const fromPlain = deltaE(found[key].color, found.plain.color);
    if (fromPlain < MIN_DELTA_E) problems.push(`${key} is too close to plain text (ΔE ${fromPlain.toFixed(0)} < ${MIN_DELTA_E})`);
    const ratio = contrast(found[key].color, background);
    if (ratio < MIN_CONTRAST) problems.push(`${key} contrast ${ratio.toFixed(1)}:1 < ${MIN_CONTRAST}:1`);
  }
  for (let i = 0; i < hues.length; i++) {
    for (let j = i + 1; j < hues.length; j++) {
      const apart = deltaE(found[hues[i]].color, found[hues[j]].color);
      if (apart < MIN_DELTA_E) problems.push(`${hues[i]} and ${hues[j]} look alike (ΔE ${apart.toFixed(0)} < ${MIN_DELTA_E})`);
    }
  }
  if (found.personForms.length !== 1) problems.push(`the people are drawn in ${found.personForms.length} colours: ${found.personForms.join(', ')}`);
  if (!found.quieter.italic) problems.push(`the quieter name "${SAMPLES.quieter}" is not italic`);
  if (hues.some((key) => found[key].color === found.quieter.color)) problems.push('the quieter name takes one of the four hues');
  return problems;
}

async function main() {
  const vscodeDir = installCodeServer();
  const tmpRoot = mkdtempSync(join(tmpdir(), 'news-lens-screens-'));
  const consoleLines = [];
  let server;
  let browser;
  let failed = false;
  try {
    const { dir: workspaceDir } = prepareWorkspace({ repoRoot, samplesDir: join(repoRoot, 'samples'), tmpRoot });
    server = await startVsCodeServer({ vscodeDir, tmpRoot, env: {} });
    browser = await launchBrowser();
    const url = workbenchUrl({ port: server.port, folder: workspaceDir, extensionPath: repoRoot, openFile: join(workspaceDir, ARTICLE) });
    const page = await openWorkbench(browser, url, consoleLines, 'screenshots');
    await page.setViewportSize({ width: 1000, height: 640 });
    // Semantic colours arrive after the first paint: wait until the person has a span of its own.
    await page.waitForFunction(
      (samples) => {
        const span = [...document.querySelectorAll('.monaco-editor .view-line span > span')].find(
          (s) => s.textContent.replace(/\u00a0/g, ' ').trim() === samples.person,
        );
        return Boolean(span);
      },
      SAMPLES,
      { timeout: 120_000 },
    );
    // The editor alone: no side bar, no panel; the cursor on the blank second line and the
    // mouse over the empty tab bar, so no hover, tooltip or word highlight shows.
    await runPaletteCommand(page, 'View: Close Primary Side Bar').catch(() => {});
    await runPaletteCommand(page, 'View: Close Panel').catch(() => {});
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('ArrowDown');
    const tab = await page.locator('.part.editor .tabs-container').boundingBox();
    if (write) mkdirSync(outDir, { recursive: true });
    for (const theme of THEMES) {
      await chooseColorTheme(page, theme.label, theme.className);
      // Lines drawn before the switch can keep semantic colours from the old theme's colour map:
      // close the editor and reopen it, so every line is drawn afresh in this theme.
      await runPaletteCommand(page, 'View: Close Editor');
      await runPaletteCommand(page, 'View: Reopen Closed Editor');
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('ArrowDown');
      await page.mouse.move(tab ? tab.x + tab.width - 20 : 700, tab ? tab.y + tab.height / 2 : 15);
      // The switch redraws the editor and its semantic colours come back a moment later: wait until the
      // four sample names are tokens of their own again, then for animations to end.
      await page
        .waitForFunction(
          ({ forms, ...samples }) => {
            const spans = [...document.querySelectorAll('.monaco-editor .view-line span > span')].map((s) => ({
              text: s.textContent.replace(/\u00a0/g, ' ').trim(),
              color: getComputedStyle(s).color,
            }));
            const texts = new Set(spans.map((s) => s.text));
            // Lines redrawn at different moments can show a person in the old and the new colour side by side.
            const personColours = new Set(spans.filter((s) => forms.includes(s.text)).map((s) => s.color));
            return [samples.person, samples.organization, samples.place, samples.date].every((w) => texts.has(w)) && personColours.size === 1;
          },
          { ...SAMPLES, forms: PERSON_FORMS },
          { timeout: 60_000 },
        )
        .catch(() => console.log(`  (the sample names did not all get tokens of their own in ${theme.label})`));
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 }).catch(() => {});
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const measured = await page.evaluate(measure, { ...SAMPLES, forms: PERSON_FORMS });
      const problems = judge(measured);
      const figures = ['person', 'organization', 'place', 'date']
        .map(
          (key) =>
            `${key} ${measured.found[key]?.color ?? '-'} (${measured.found[key] ? contrast(measured.found[key].color, measured.background).toFixed(1) : '?'}:1)`,
        )
        .join(', ');
      const hues = ['person', 'organization', 'place', 'date'].map((key) => measured.found[key]?.color).filter(Boolean);
      const pairs = hues.flatMap((a, i) => hues.slice(i + 1).map((b) => deltaE(a, b)));
      const plain = measured.found.plain?.color;
      const closest = pairs.length ? Math.min(...pairs).toFixed(0) : '?';
      const fromPlain = plain && hues.length ? Math.min(...hues.map((c) => deltaE(c, plain))).toFixed(0) : '?';
      console.log(
        `${theme.label}: background ${measured.background}; ${figures}; closest two hues ΔE ${closest}, closest to plain text ΔE ${fromPlain}; quieter ${measured.found.quieter?.italic ? 'italic' : 'not italic'} ${measured.found.quieter?.color ?? '-'}`,
      );
      for (const problem of problems) console.log(`  FAIL ${problem}`);
      failed ||= problems.length > 0;
      if (write) {
        const file = join(outDir, theme.file);
        const editor = await page.locator('.part.editor').boundingBox();
        await page.screenshot({ path: file, clip: editor ?? undefined });
        console.log(`  wrote ${file} (${Math.round(statSync(file).size / 1024)} KB)`);
      }
    }
  } finally {
    await browser?.close().catch(() => {});
    server?.stop();
    if (!failed) rmSync(tmpRoot, { recursive: true, force: true });
    else console.log(`screenshots: kept ${tmpRoot} for inspection`);
  }
  console.log(failed ? 'screenshots: the palette does not read well in every theme' : 'screenshots: the palette reads well in all four themes');
  return !failed;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (ok) => process.exit(ok ? 0 : 1),
    (error) => {
      console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}

// The end-to-end check of what a user sees in the workbench: a sample article opens
// with a registered name coloured by semantic tokens, the Outline view lists it, and
// pointing the real mouse at the name shows a hover with the registry's canonical
// name. The screenshot it takes doubles as the README picture.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { openWorkbench, workbenchUrl } from './browser.mjs';

/** The sample the check opens; it has a headline, a dateline and registered names. */
export const ARTICLE = 'harbor-strike.news';

/**
 * Registered names (of `type`) written in `text`, full canonical names first and then
 * aliases, each group in order of first occurrence. The page check hovers the first
 * one that the editor draws on a single visual line (word wrap may split a name).
 */
export function registeredCandidates(text, entities, type) {
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  const from = frontMatter ? frontMatter[0].length : 0;
  const found = [];
  for (const entry of entities.filter((e) => !type || e.type === type)) {
    for (const surface of [entry.name, ...(entry.aliases ?? [])].map(String)) {
      const escaped = surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').exec(text.slice(from));
      if (match) found.push({ name: String(entry.name), surface, canonical: surface === String(entry.name), offset: from + match.index });
    }
  }
  return found.sort((a, b) => Number(b.canonical) - Number(a.canonical) || a.offset - b.offset);
}

/**
 * Runs in the page: finds the first of `surfaces` drawn on one visual line of the
 * editor and reports where it is on screen and whether it has a colour of its own (its
 * span holds exactly the name and differs in colour from the text around it), which is
 * what a semantic token does.
 */
function locateInEditor(surfaces) {
  const clean = (s) => s.replace(/\u00a0/g, ' ');
  const lines = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')].sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
  for (const surface of surfaces) for (const line of lines) {
    const spans = [...line.querySelectorAll('span > span')];
    let text = '';
    const starts = spans.map((span) => {
      const start = text.length;
      text += clean(span.textContent ?? '');
      return start;
    });
    const at = text.indexOf(surface);
    if (at < 0) continue;
    const index = starts.findIndex((start, i) => start <= at && at < start + clean(spans[i].textContent ?? '').length);
    const span = spans[index];
    const color = getComputedStyle(span).color;
    const neighbours = [spans[index - 1], spans[index + 1]].filter(Boolean).map((s) => getComputedStyle(s).color);
    const node = span.firstChild;
    const range = document.createRange();
    const local = at - starts[index];
    range.setStart(node, local);
    range.setEnd(node, Math.min(local + surface.length, node.textContent.length));
    const rect = range.getBoundingClientRect();
    return {
      surface,
      line: text,
      x: rect.left + rect.width / 2,
      y: rect.top + rect.height / 2,
      ownSpan: clean(span.textContent ?? '').trim() === surface,
      coloured: neighbours.length > 0 && neighbours.some((c) => c !== color),
      color,
      neighbours,
    };
  }
  return null;
}

/** Runs in the page: the text of the hover widget that is actually visible, if any. */
function visibleHoverText() {
  for (const hover of document.querySelectorAll('.monaco-hover')) {
    const rect = hover.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0 && !hover.closest('.hidden') && getComputedStyle(hover).visibility !== 'hidden') {
      const text = hover.innerText.trim();
      if (text) return text;
    }
  }
  return '';
}

/** Runs in the page: the labels of the Outline view's visible rows, or null if it is closed. */
function outlineRows() {
  const title = [...document.querySelectorAll('.pane-header .title')].find((t) => t.textContent?.trim().toLowerCase() === 'outline');
  const pane = title?.closest('.pane');
  if (!pane || !pane.querySelector('.pane-header.expanded')) return null;
  return [...pane.querySelectorAll('.pane-body .monaco-list-row')].map((row) => row.textContent?.trim() ?? '');
}

/** Runs `action`; on failure rethrows with `describe()`, computed then so it shows the page's last state. */
async function step(describe, action) {
  try {
    return await action();
  } catch (error) {
    const what = await describe().catch(() => 'page no longer available');
    throw new Error(`${what}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
  }
}

/**
 * Opens the sample in a fresh workbench page, checks colour, outline and hover, and
 * saves test-results/vscode-article.png (also docs/screenshot.png when `updateScreenshot`).
 * Returns a test outcome for the summary.
 */
/** Exposed for debugging the probe against a live page. */
export const probes = { locateInEditor, visibleHoverText, outlineRows };

export async function checkArticleInBrowser({ browser, port, workspaceDir, extensionPath, repoRoot, consoleLines, updateScreenshot }) {
  const title = 'browser: a sample article shows colours, outline and a hover with the canonical name';
  const started = Date.now();
  const articlePath = join(workspaceDir, ARTICLE);
  const text = readFileSync(articlePath, 'utf8');
  const entities = parse(readFileSync(join(workspaceDir, 'entities.yaml'), 'utf8'))?.entities ?? [];
  const candidates = registeredCandidates(text, entities, 'person');
  if (candidates.length === 0) return { title, state: 'failed', error: `no registered person from entities.yaml occurs in ${ARTICLE}` };
  const surfaces = candidates.map((c) => c.surface);
  const headline = text.split(/\r?\n/).find((l) => l.trim() !== '').trim().slice(0, 40);
  const url = workbenchUrl({ port, folder: workspaceDir, extensionPath, openFile: articlePath });
  const page = await openWorkbench(browser, url, consoleLines, 'article page');
  try {
    // Make the probes callable from inside waitForFunction callbacks.
    await page.evaluate(`window.newsLensProbe = { locateInEditor: ${locateInEditor}, visibleHoverText: ${visibleHoverText}, outlineRows: ${outlineRows} }`);
    await step(async () => `the editor did not show the headline ${JSON.stringify(headline)}`, () =>
      page.waitForFunction((h) => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(h)), headline, { timeout: 60_000 }),
    );
    // Semantic colours arrive after the first paint, and word wrap may split a name over
    // two visual lines: wait for the first registered name drawn on one line in its own colour.
    const placed = await step(async () => `no registered person among ${JSON.stringify(surfaces)} got its own semantic colour (last: ${JSON.stringify(await page.evaluate(locateInEditor, surfaces))})`, async () =>
      (await page.waitForFunction((list) => {
        for (const surface of list) {
          const found = window.newsLensProbe.locateInEditor([surface]);
          if (found && found.ownSpan && found.coloured) return found;
        }
        return false;
      }, surfaces, { timeout: 30_000 })).jsonValue(),
    );
    const mention = candidates.find((c) => c.surface === placed.surface);
    await page.keyboard.press('Control+Shift+P');
    await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible', timeout: 10_000 });
    await page.keyboard.type('Focus on Outline View');
    await step(async () => 'the command palette did not offer "Focus on Outline View"', () =>
      page.waitForFunction(() => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => /Outline View/.test(r.textContent ?? '')), null, { timeout: 10_000 }),
    );
    await page.keyboard.press('Enter');
    // Give the Outline the sidebar: collapse the file list above it.
    await page.click('.pane:has(.explorer-folders-view) > .pane-header', { timeout: 10_000 }).catch(() => {});
    // Put the cursor on the name. The Outline then reveals the innermost symbol around the
    // cursor; with the article symbol spanning the whole text that is the headline row.
    const target = await page.evaluate(locateInEditor, [mention.surface]);
    await page.mouse.click(target.x, target.y);
    await step(async () => `the Outline view did not show the headline ${JSON.stringify(headline)} (rows: ${JSON.stringify(await page.evaluate(outlineRows))})`, () =>
      page.waitForFunction((h) => (window.newsLensProbe.outlineRows() ?? []).some((row) => row.includes(h)), headline.slice(0, 30), { timeout: 30_000 }),
    );
    // Leave and re-enter the name with the real mouse so the hover shows.
    await page.mouse.move(target.x - 40, target.y + 60);
    await page.mouse.move(target.x, target.y, { steps: 5 });
    const hover = await step(async () => `no visible hover containing ${JSON.stringify(mention.name)} over "${mention.surface}" (visible hover: ${JSON.stringify(await page.evaluate(visibleHoverText))})`, async () => {
      const handle = await page.waitForFunction((name) => {
        const text = window.newsLensProbe.visibleHoverText();
        return text.includes(name) ? text : false;
      }, mention.name, { timeout: 20_000 });
      return handle.jsonValue();
    });
    // The hover fades in; wait for running animations so the picture shows it fully drawn.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 }).catch(() => {});
    const screenshot = join(repoRoot, 'test-results', 'vscode-article.png');
    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });
    if (updateScreenshot) {
      mkdirSync(join(repoRoot, 'docs'), { recursive: true });
      copyFileSync(screenshot, join(repoRoot, 'docs', 'screenshot.png'));
      console.log('vscode: updated docs/screenshot.png');
    }
    console.log(`vscode: hover over "${mention.surface}" shows: ${JSON.stringify(hover.split('\n')[0])}`);
    return { title, state: 'passed', durationMs: Date.now() - started };
  } catch (error) {
    try {
      mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
      await page.screenshot({ path: join(repoRoot, 'test-results', 'vscode-article-failure.png') });
    } catch {
      /* the page may be gone */
    }
    return { title, state: 'failed', durationMs: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await page.context().close().catch(() => {});
  }
}

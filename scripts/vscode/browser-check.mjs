// The end-to-end check of what a user sees in the workbench: a sample article opens
// with a registered name coloured by semantic tokens, the Outline view lists it, the
// Entities view lists the workspace's entities, and pointing the real mouse at the name
// shows a hover card with the registry's canonical name, description and the other
// article naming the person. The screenshot it takes doubles as the README picture.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { openWorkbench, workbenchUrl } from './browser.mjs';
import { checkEntitiesView } from './browser-entities.mjs';
import { breadcrumbLabels, chooseColorTheme, dragSashAbove, ENTITIES_TITLE, runPaletteCommand, viewRows, widenSideBar } from './browser-views.mjs';
import { FOLLOW_UP_FILE } from './workspace.mjs';

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
  for (const surface of surfaces)
    for (const line of lines) {
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

/** The first non-blank line of an article: its headline. */
function headlineOf(text) {
  return text
    .split(/\r?\n/)
    .find((l) => l.trim() !== '')
    .trim();
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

/** Exposed for debugging the probe against a live page. */
export const probes = { locateInEditor, visibleHoverText, outlineRows, viewRows };

/** The theme the README picture shows, by its picker label and the class the workbench then carries. */
const SCREENSHOT_THEME = { label: 'Dark Modern', className: 'vs-dark' };

/**
 * Opens the sample in a fresh workbench page and checks, as a user sees them: colours,
 * the Outline, the Entities view (browser-entities.mjs), and the hover card the real
 * mouse brings up (canonical name, description, the other article naming the person).
 * Then saves test-results/vscode-article.png (also docs/screenshot.png when
 * `updateScreenshot`) in the dark theme with the Outline, the Entities view and the card
 * on screen. Returns one test outcome per check, for the summary.
 */
export async function checkArticleInBrowser({ browser, port, workspaceDir, extensionPath, repoRoot, consoleLines, updateScreenshot }) {
  const title = 'browser: a sample article shows colours, outline and a hover with the canonical name';
  const crumbTitle = 'browser: with the cursor on a registered name the breadcrumbs end with that entity';
  const cardTitle = 'browser: the mouse hover over a registered name shows its canonical name, description and the other article naming it';
  const started = Date.now();
  const articlePath = join(workspaceDir, ARTICLE);
  const text = readFileSync(articlePath, 'utf8');
  const followUpText = existsSync(join(workspaceDir, FOLLOW_UP_FILE)) ? readFileSync(join(workspaceDir, FOLLOW_UP_FILE), 'utf8') : '';
  const entities = parse(readFileSync(join(workspaceDir, 'entities.yaml'), 'utf8'))?.entities ?? [];
  const candidates = registeredCandidates(text, entities, 'person');
  if (candidates.length === 0) return [{ title, state: 'failed', error: `no registered person from entities.yaml occurs in ${ARTICLE}` }];
  // People named in both articles come first: their card lists the other article.
  const sharedNames = new Set(registeredCandidates(followUpText, entities, 'person').map((c) => c.name));
  candidates.sort((a, b) => Number(sharedNames.has(b.name)) - Number(sharedNames.has(a.name)));
  const surfaces = candidates.map((c) => c.surface);
  const headline = text
    .split(/\r?\n/)
    .find((l) => l.trim() !== '')
    .trim()
    .slice(0, 40);
  const url = workbenchUrl({ port, folder: workspaceDir, extensionPath, openFile: articlePath });
  const page = await openWorkbench(browser, url, consoleLines, 'article page');
  const outcomes = [];
  const failed = (name, error, since) => ({
    title: name,
    state: 'failed',
    durationMs: Date.now() - since,
    error: error instanceof Error ? error.message : String(error),
  });
  try {
    // Make the probes callable from inside waitForFunction callbacks.
    await page.evaluate(
      `window.newsLensProbe = { locateInEditor: ${locateInEditor}, visibleHoverText: ${visibleHoverText}, outlineRows: ${outlineRows}, entitiesRows: () => (${viewRows})(${JSON.stringify(ENTITIES_TITLE)}), breadcrumbLabels: ${breadcrumbLabels} }`,
    );
    await step(
      async () => `the editor did not show the headline ${JSON.stringify(headline)}`,
      () =>
        page.waitForFunction(
          (h) => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(h)),
          headline,
          { timeout: 60_000 },
        ),
    );
    // Semantic colours arrive after the first paint, and word wrap may split a name over
    // two visual lines: wait for the first registered name drawn on one line in its own colour.
    const placed = await step(
      async () =>
        `no registered person among ${JSON.stringify(surfaces)} got its own semantic colour (last: ${JSON.stringify(await page.evaluate(locateInEditor, surfaces))})`,
      async () =>
        (
          await page.waitForFunction(
            (list) => {
              for (const surface of list) {
                const found = window.newsLensProbe.locateInEditor([surface]);
                if (found && found.ownSpan && found.coloured) return found;
              }
              return false;
            },
            surfaces,
            { timeout: 30_000 },
          )
        ).jsonValue(),
    );
    const mention = candidates.find((c) => c.surface === placed.surface);
    const entry = entities.find((e) => String(e.name) === mention.name);
    // The picture is taken in the dark theme; a theme that will not switch only costs the picture its looks.
    await chooseColorTheme(page, SCREENSHOT_THEME.label, SCREENSHOT_THEME.className).catch((error) =>
      console.log(`vscode: could not switch to the ${SCREENSHOT_THEME.label} theme: ${error.message.split('\n')[0]}`),
    );
    // Give the side views the sidebar: collapse the file list above them, and widen it so names and counts fit.
    await page.click('.pane:has(.explorer-folders-view) > .pane-header', { timeout: 10_000 }).catch(() => {});
    await widenSideBar(page, 420).catch(() => false);
    const shared = sharedNames.has(mention.name) ? mention : candidates.find((c) => sharedNames.has(c.name));
    const registered = entities.filter((e) => registeredCandidates(text, [e]).length > 0).map((e) => ({ name: String(e.name), type: String(e.type) }));
    if (shared)
      outcomes.push(
        await checkEntitiesView({
          page,
          workspaceDir,
          articleFile: ARTICLE,
          followUpFile: FOLLOW_UP_FILE,
          registered,
          shared: { name: shared.name, type: 'person' },
        }),
      );
    else
      outcomes.push({ title: 'browser: the Entities view', state: 'failed', error: `no registered person is named in both ${ARTICLE} and ${FOLLOW_UP_FILE}` });
    await runPaletteCommand(page, 'Explorer: Focus on Outline View');
    // Put the cursor on the name. The Outline then reveals the innermost symbol around the
    // cursor; with the article symbol spanning the whole text that is the headline row.
    const target = await page.evaluate(locateInEditor, [mention.surface]);
    await page.mouse.click(target.x, target.y);
    await step(
      async () => `the Outline view did not show the headline ${JSON.stringify(headline)} (rows: ${JSON.stringify(await page.evaluate(outlineRows))})`,
      () => page.waitForFunction((h) => (window.newsLensProbe.outlineRows() ?? []).some((row) => row.includes(h)), headline.slice(0, 30), { timeout: 30_000 }),
    );
    // The breadcrumbs follow the cursor: with it on the name they should end with that name's entity.
    const crumbStarted = Date.now();
    try {
      await page.waitForFunction((name) => window.newsLensProbe.breadcrumbLabels().at(-1) === name, mention.name, { timeout: 10_000 });
      outcomes.push({ title: crumbTitle, state: 'passed', durationMs: Date.now() - crumbStarted });
    } catch {
      outcomes.push(
        failed(
          crumbTitle,
          `with the cursor on "${mention.surface}" the breadcrumbs should end with ${JSON.stringify(mention.name)}, show ${JSON.stringify(await page.evaluate(breadcrumbLabels))}`,
          crumbStarted,
        ),
      );
    }
    // Give the Outline half of the side bar for the picture (the Entities view opened first and took most of it).
    await dragSashAbove(page, ENTITIES_TITLE, 470).catch(() => false);
    // Leave and re-enter the name with the real mouse so the hover shows.
    await page.mouse.move(target.x - 40, target.y + 60);
    await page.mouse.move(target.x, target.y, { steps: 5 });
    const hover = await step(
      async () =>
        `no visible hover containing ${JSON.stringify(mention.name)} over "${mention.surface}" (visible hover: ${JSON.stringify(await page.evaluate(visibleHoverText))})`,
      async () => {
        const handle = await page.waitForFunction(
          (name) => {
            const text = window.newsLensProbe.visibleHoverText();
            return text.includes(name) ? text : false;
          },
          mention.name,
          { timeout: 20_000 },
        );
        return handle.jsonValue();
      },
    );
    outcomes.push({ title, state: 'passed', durationMs: Date.now() - started });
    const cardStarted = Date.now();
    try {
      const description = String(entry?.description ?? '');
      const others = followUpText && sharedNames.has(mention.name) ? headlineOf(followUpText) : '';
      const card = await page
        .waitForFunction(
          ({ name, description, others }) => {
            const text = window.newsLensProbe.visibleHoverText();
            return text.includes(`${name} — `) && text.includes(description) && (!others || text.includes(others)) ? text : false;
          },
          { name: mention.name, description, others },
          { timeout: 10_000 },
        )
        .then((h) => h.jsonValue())
        .catch(async () => {
          throw new Error(
            `the card over "${mention.surface}" should name ${JSON.stringify(mention.name)}, show ${JSON.stringify(description)}${others ? ` and list ${JSON.stringify(others)}` : ''}; shows ${JSON.stringify(await page.evaluate(visibleHoverText))}`,
          );
        });
      if (!description) throw new Error(`${mention.name} has no description in entities.yaml to check`);
      if (!others) throw new Error(`${mention.name} is not named in ${FOLLOW_UP_FILE}, so the card has no other article to list`);
      console.log(`vscode: hover card over "${mention.surface}": ${JSON.stringify(card.split('\n').filter(Boolean).slice(0, 3).join(' | '))}`);
      outcomes.push({ title: cardTitle, state: 'passed', durationMs: Date.now() - cardStarted });
    } catch (error) {
      outcomes.push(failed(cardTitle, error, cardStarted));
    }
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
    return outcomes;
  } catch (error) {
    try {
      mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
      await page.screenshot({ path: join(repoRoot, 'test-results', 'vscode-article-failure.png') });
    } catch {
      /* the page may be gone */
    }
    if (!outcomes.some((o) => o.title === title)) outcomes.push(failed(title, error, started));
    for (const later of [crumbTitle, cardTitle])
      if (!outcomes.some((o) => o.title === later)) outcomes.push({ title: later, state: 'failed', error: 'not reached: the page check failed first' });
    return outcomes;
  } finally {
    await page
      .context()
      .close()
      .catch(() => {});
  }
}

// Page-level helpers for the workbench's side views and theme, used by
// browser-check.mjs: running a palette command the way a user does, choosing a colour
// theme, and reading (and expanding) the rows of the Explorer's Entities view.

/** The Entities view's pane title, as package.json contributes it. */
export const ENTITIES_TITLE = 'Entities';

/**
 * Opens the command palette, types `label`, and runs the entry whose label is exactly
 * `label` (falling back to the first entry that starts with it). Throws when the palette
 * offers no such entry within `timeout` ms.
 */
export async function runPaletteCommand(page, label, timeout = 10_000) {
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible', timeout });
  await page.keyboard.type(label);
  const handle = await page
    .waitForFunction(
      (wanted) => {
        const rows = [...document.querySelectorAll('.quick-input-list .monaco-list-row')];
        const labelOf = (row) => row.querySelector('.label-name')?.textContent?.trim() ?? '';
        const row = rows.find((r) => labelOf(r) === wanted) ?? rows.find((r) => labelOf(r).startsWith(wanted));
        return row ? row.id : false;
      },
      label,
      { timeout },
    )
    .catch(() => null);
  if (!handle) {
    const offered = await page.evaluate(() => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].map((r) => r.getAttribute('aria-label')));
    await page.keyboard.press('Escape');
    throw new Error(`the command palette did not offer "${label}" (offered ${JSON.stringify(offered)})`);
  }
  await page.click(`[id="${await handle.jsonValue()}"]`);
}

/**
 * Switches the workbench to the colour theme called `themeLabel` through
 * "Preferences: Color Theme", as a user would, and waits for the workbench to carry the
 * theme's class. (The web workbench in this harness ignores `workbench.colorTheme` from
 * machine and workspace settings, so the picker is the dependable way.)
 */
export async function chooseColorTheme(page, themeLabel, themeClass, timeout = 15_000) {
  await runPaletteCommand(page, 'Preferences: Color Theme', timeout);
  await page.keyboard.type(themeLabel);
  await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('.quick-input-list .monaco-list-row')].some((r) => (r.querySelector('.label-name')?.textContent ?? '').trim() === wanted),
    themeLabel,
    { timeout },
  );
  await page.keyboard.press('Enter');
  await page.waitForFunction((cls) => document.querySelector('.monaco-workbench')?.classList.contains(cls), themeClass, { timeout });
}

/**
 * Runs in the page (pass it to page.evaluate or inline it with its source): the visible rows of the view titled `title` (null when the view is
 * closed), each with its list index, tree level, label, description and expansion state.
 */
export function viewRows(title) {
  const heading = [...document.querySelectorAll('.pane-header .title')].find((t) => t.textContent?.trim() === title);
  const pane = heading?.closest('.pane');
  if (!pane || !pane.querySelector('.pane-header.expanded')) return null;
  // Only the list's own rows: sticky-scroll copies of parent rows sit outside .monaco-list-rows.
  return [...pane.querySelectorAll('.pane-body .monaco-list-rows > .monaco-list-row')].map((row) => ({
    index: Number(row.getAttribute('data-index')),
    id: row.id,
    // aria-level goes missing on some re-rendered rows; the indent (8px a level by default) says the same.
    level: Number(row.getAttribute('aria-level')) || Math.round(parseFloat(row.querySelector('.monaco-tl-indent')?.style.width || '0') / 8) + 1,
    expanded: row.getAttribute('aria-expanded'),
    label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
    description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
  }));
}

/** The visible rows of the Entities view (see viewRows), or null when it is closed. */
export function entitiesRows(page) {
  return page.evaluate(viewRows, ENTITIES_TITLE);
}

/** Where the Entities view's list is on screen, for mouse wheel scrolling. */
async function listBox(page) {
  const list = page.locator('.pane', { has: page.locator('.pane-header .title', { hasText: ENTITIES_TITLE }) }).locator('.pane-body .monaco-list');
  return list.boundingBox();
}

/** Resolves after the page has drawn two frames, i.e. once the list has rendered a scroll. */
function nextFrames(page) {
  return page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Scrolls the Entities list back to its first row (huge wheel deltas are ignored, so in steps). */
async function scrollToTop(page, box, maxSteps = 40) {
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 40));
  for (let step = 0; step < maxSteps; step++) {
    // The rows container moves up by the scroll distance (style.top is minus scrollTop).
    const offset = await page.evaluate((title) => {
      const heading = [...document.querySelectorAll('.pane-header .title')].find((t) => t.textContent?.trim() === title);
      return parseFloat(heading?.closest('.pane')?.querySelector('.pane-body .monaco-list-rows')?.style.top || '0');
    }, ENTITIES_TITLE);
    if (offset >= 0) return;
    await page.mouse.wheel(0, -2_000);
    await nextFrames(page);
  }
}

/**
 * Every row of the Entities view, in list order, gathered by scrolling the (virtual)
 * list from top to bottom with the mouse wheel, then back to the top.
 */
export async function allEntitiesRows(page, maxSteps = 60) {
  const box = await listBox(page);
  if (!box) throw new Error('the Entities view has no list on screen');
  await scrollToTop(page, box);
  const seen = new Map();
  for (let step = 0; step < maxSteps; step++) {
    const before = seen.size;
    for (const row of (await entitiesRows(page)) ?? []) seen.set(row.index, row);
    if (step > 0 && seen.size === before) break;
    await page.mouse.wheel(0, Math.max(44, box.height - 44));
    await nextFrames(page);
  }
  await scrollToTop(page, box);
  return [...seen.values()].sort((a, b) => a.index - b.index);
}

/**
 * Scrolls the Entities view until a row with `label` at tree `level` is drawn and
 * returns it, or null when the whole list has no such row.
 */
export async function revealEntitiesRow(page, label, level, maxSteps = 60) {
  const box = await listBox(page);
  if (!box) throw new Error('the Entities view has no list on screen');
  await scrollToTop(page, box);
  let lastFirst = -1;
  for (let step = 0; step < maxSteps; step++) {
    await nextFrames(page);
    const rows = (await entitiesRows(page)) ?? [];
    const row = rows.find((r) => r.label === label && r.level === level);
    if (row) {
      // Bring a row the list only half draws at its bottom fully into view.
      const rect = await page.locator(`[id="${row.id}"]`).boundingBox();
      const overflow = rect ? rect.y + rect.height - (box.y + box.height) : 0;
      if (overflow > 0) {
        await page.mouse.wheel(0, overflow + 22);
        await nextFrames(page);
        return ((await entitiesRows(page)) ?? []).find((r) => r.label === label && r.level === level) ?? null;
      }
      return row;
    }
    const first = rows[0]?.index ?? -1;
    if (step > 0 && first === lastFirst) return null;
    lastFirst = first;
    await page.mouse.wheel(0, Math.max(44, box.height - 44));
  }
  return null;
}

/** Runs in the page: the labels of the editor's breadcrumbs, left to right (without their details such as counts). */
export function breadcrumbLabels() {
  return [...document.querySelectorAll('.breadcrumbs-below-tabs .monaco-breadcrumb-item')].map(
    (item) => (item.querySelector('.label-name') ?? item).textContent?.trim() ?? '',
  );
}

/**
 * Moves the boundary above the side-bar view titled `title` down to `y` (page pixels)
 * by dragging its sash, so the view above it gets more room. Returns false when there
 * is no such sash (the layout then stays as it was).
 */
export async function dragSashAbove(page, title, y) {
  const at = await page.evaluate((wanted) => {
    const heading = [...document.querySelectorAll('.pane-header .title')].find((t) => t.textContent?.trim() === wanted);
    const header = heading?.closest('.pane-header');
    if (!header) return null;
    const top = header.getBoundingClientRect().top;
    const sash = [...document.querySelectorAll('.sidebar .monaco-sash.horizontal')]
      .map((s) => s.getBoundingClientRect())
      .find((r) => r.width > 0 && Math.abs(r.top + r.height / 2 - top) <= 4);
    return sash ? { x: sash.left + sash.width / 2, y: sash.top + sash.height / 2 } : null;
  }, title);
  if (!at) return false;
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x, y, { steps: 8 });
  await page.mouse.up();
  return true;
}

/** Drags the sash on the side bar's right edge to `x` (page pixels), so long names fit; false when not found. */
export async function widenSideBar(page, x) {
  const at = await page.evaluate(() => {
    const bar = document.querySelector('.part.sidebar')?.getBoundingClientRect();
    if (!bar) return null;
    const sash = [...document.querySelectorAll('.monaco-sash.vertical')]
      .map((s) => s.getBoundingClientRect())
      .find((r) => r.height > 0 && Math.abs(r.left + r.width / 2 - bar.right) <= 4);
    return sash ? { x: sash.left + sash.width / 2, y: sash.top + sash.height / 2 } : null;
  });
  if (!at) return false;
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(x, at.y, { steps: 8 });
  await page.mouse.up();
  return true;
}

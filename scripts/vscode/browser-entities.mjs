// The Explorer's Entities view as a user sees it: type groups with counts, entities
// with their mention counts and registry status, and an entity that expands to the
// articles that name it. Read from the page's DOM, because the view's tree provider
// lives in the extension and is not reachable from the test suite.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allEntitiesRows, entitiesRows, revealEntitiesRow, runPaletteCommand } from './browser-views.mjs';

/** Group labels of the view, in the order the server sends the types. */
const TYPE_LABELS = {
  person: 'People',
  organization: 'Organizations',
  place: 'Places',
  nationality: 'Nationalities',
  event: 'Events',
  law: 'Laws and agreements',
  product: 'Products',
  other: 'Other names',
};

/** The first non-blank line: the headline, which the view uses as an article's title. */
function headlineOf(text) {
  return text
    .split(/\r?\n/)
    .find((l) => l.trim() !== '')
    .trim();
}

/** The entity rows (level 2) under each type row (level 1), from a full list of rows. */
function groupRows(rows) {
  const groups = [];
  for (const row of rows) {
    if (row.level === 1) groups.push({ row, entities: [] });
    else if (row.level === 2 && groups.length > 0) groups[groups.length - 1].entities.push(row);
  }
  return groups;
}

/** What is wrong with the view's rows, as readable sentences (empty when all is well). */
function problemsIn(groups, expected) {
  const problems = [];
  const labels = groups.map((g) => g.row.label);
  const order = Object.values(TYPE_LABELS);
  const known = labels.filter((l) => order.includes(l));
  if (known.join() !== [...known].sort((a, b) => order.indexOf(a) - order.indexOf(b)).join()) problems.push(`type groups out of order: ${labels.join(', ')}`);
  for (const { row, entities } of groups) {
    if (row.description !== String(entities.length)) problems.push(`"${row.label}" says ${row.description} but holds ${entities.length} entities`);
    for (const e of entities)
      if (!/^\d+ mentions? · (registered|unregistered)$/.test(e.description))
        problems.push(`entity "${e.label}" has description ${JSON.stringify(e.description)}`);
  }
  for (const { name, type } of expected) {
    const group = groups.find((g) => g.row.label === TYPE_LABELS[type]);
    const entity = group?.entities.find((e) => e.label === name);
    if (!entity) problems.push(`${name} (${type}) is not listed under "${TYPE_LABELS[type]}"`);
    else if (!entity.description.endsWith('· registered')) problems.push(`${name} should be marked registered, shows ${JSON.stringify(entity.description)}`);
  }
  return problems;
}

/**
 * Opens the Entities view on `page` (the workbench showing the article), refreshes it
 * through its command, and checks its rows: every registered name of `articleFile`
 * under its type, counts that add up, and `shared.name` expanding to the two articles
 * that name it with mention counts summing to the entity's. Leaves the entity expanded
 * (the README screenshot shows it). Returns a test outcome.
 */
export async function checkEntitiesView({ page, workspaceDir, articleFile, followUpFile, registered, shared }) {
  const title = 'browser: the Entities view lists types and entities with counts, and an entity expands to the articles naming it';
  const started = Date.now();
  try {
    await runPaletteCommand(page, 'Explorer: Focus on Entities View');
    await runPaletteCommand(page, 'News Lens: Refresh Entities');
    await page
      .waitForFunction(
        (label) => {
          const rows = window.newsLensProbe.entitiesRows() ?? [];
          return rows.some((r) => r.level === 1 && r.label === label);
        },
        TYPE_LABELS[shared.type],
        { timeout: 30_000 },
      )
      .catch(async () => {
        throw new Error(`the Entities view shows no "${TYPE_LABELS[shared.type]}" group (rows: ${JSON.stringify(await entitiesRows(page))})`);
      });
    // The workspace scan may still be adding articles: read until the shared entity is counted in both.
    const headlines = [articleFile, followUpFile].map((f) => headlineOf(readFileSync(join(workspaceDir, f), 'utf8')));
    const deadline = Date.now() + 30_000;
    let groups = [];
    let problems = [];
    for (;;) {
      groups = groupRows(await allEntitiesRows(page));
      problems = problemsIn(groups, registered);
      if (problems.length === 0 || Date.now() > deadline) break;
      await runPaletteCommand(page, 'News Lens: Refresh Entities');
    }
    if (problems.length > 0)
      throw new Error(
        `${problems.join('; ')} (groups: ${JSON.stringify(groups.map((g) => `${g.row.label} ${g.row.description}: ${g.entities.map((e) => e.label).join(', ')}`))})`,
      );
    const row = await revealEntitiesRow(page, shared.name, 2);
    if (!row) throw new Error(`could not scroll to the row of ${shared.name}`);
    const mentions = Number(/^(\d+)/.exec(row.description)[1]);
    if (row.expanded !== 'true') await page.click(`[id="${row.id}"] .monaco-tl-twistie`);
    const articles = await page
      .waitForFunction(
        ({ name, count }) => {
          const rows = window.newsLensProbe.entitiesRows() ?? [];
          const at = rows.findIndex((r) => r.level === 2 && r.label === name);
          if (at < 0 || rows[at].expanded !== 'true') return false;
          const children = [];
          for (const r of rows.slice(at + 1)) {
            if (r.level !== 3) break;
            children.push(r);
          }
          return children.length >= count ? children : false;
        },
        { name: shared.name, count: 2 },
        { timeout: 10_000 },
      )
      .then((h) => h.jsonValue())
      .catch(async () => {
        throw new Error(`${shared.name} did not expand to two article rows (rows: ${JSON.stringify(await entitiesRows(page))})`);
      });
    const titles = articles.map((a) => a.label);
    for (const headline of headlines)
      if (!titles.includes(headline)) throw new Error(`${shared.name} should list the article ${JSON.stringify(headline)}; lists ${JSON.stringify(titles)}`);
    const counts = articles.map((a) => /· (\d+) mentions?$/.exec(a.description));
    if (counts.some((c) => !c)) throw new Error(`article rows should end with "· N mentions": ${JSON.stringify(articles.map((a) => a.description))}`);
    const sum = counts.reduce((n, c) => n + Number(c[1]), 0);
    if (sum !== mentions)
      throw new Error(
        `${shared.name} says ${mentions} mentions but its articles add up to ${sum} (${JSON.stringify(articles.map((a) => `${a.label}: ${a.description}`))})`,
      );
    console.log(
      `vscode: Entities view: ${groups.map((g) => `${g.row.label} ${g.row.description}`).join(', ')}; ${shared.name}: ${row.description} in ${articles.length} articles`,
    );
    return { title, state: 'passed', durationMs: Date.now() - started };
  } catch (error) {
    return { title, state: 'failed', durationMs: Date.now() - started, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

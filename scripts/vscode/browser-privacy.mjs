// The privacy guarantee as a user's browser sees it (issue 15): a workspace whose shared
// registry is hostile (a link that closes itself and adds an image, newlines that add a
// heading and a rule, an article headline with a link and an image in it) is opened in
// the real workbench, the real mouse hovers the registered name, and every request the
// page and its workers make is recorded. Only the local VS Code server may be asked for
// anything (VS Code's own extension-gallery query aside, which is the workbench's, not
// ours): an image in a hover card would be fetched from its host the moment the card
// is drawn. Every request off the machine is refused as well. All texts are written here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workbenchUrl } from './browser.mjs';
import { probes } from './browser-check.mjs';

/** VS Code's extension gallery endpoints (Open VSX for code-server, the Marketplace otherwise). */
const GALLERY = /^https:\/\/(?:open-vsx\.org\/vscode\/gallery\/|marketplace\.visualstudio\.com\/_apis\/public\/gallery\/)/;

/** The registered person the check hovers. */
const NAME = 'Amara Okafor';

const REGISTRY = `entities:
  - id: amara-okafor
    name: ${NAME}
    type: person
    description: "Transport minister.\\n\\n# Injected heading\\n\\n---\\n\\n![track](https://evil.example/description.png?who=reader)"
    links:
      - "https://ok.example/bio) ![t](https://evil.example/pixel.png?who=reporter"
      - "https://ok.example/profile"
`;

const ARTICLE = `Minister opens the tram line

HARBOURTON, May 2 (Coastline Wire) -- Transport minister ${NAME} opened the first tram line on Monday. "It is a start," ${NAME} said.
`;

/** A second article, with a parenthesis in its file name and a hostile headline, that the card lists under "Mentioned in". */
const OTHER_FILE = 'budget (draft).news';
const OTHER = `Budget ](https://evil.example/headline.png) ![x](https://evil.example/headline2.png) talks

HARBOURTON, May 1 (Coastline Wire) -- ${NAME} presented the budget on Wednesday.
`;

/** Writes the hostile workspace under `tmpRoot` and returns its folder and article path. */
function prepareHostileWorkspace(tmpRoot) {
  const dir = join(tmpRoot, 'hostile-workspace');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'entities.yaml'), REGISTRY);
  writeFileSync(join(dir, 'tram.news'), ARTICLE);
  writeFileSync(join(dir, OTHER_FILE), OTHER);
  return { dir, article: join(dir, 'tram.news') };
}

/** Runs in the page: the visible hover's HTML facts: its text, images, and link targets. */
function hoverFacts() {
  for (const hover of document.querySelectorAll('.monaco-hover')) {
    const rect = hover.getBoundingClientRect();
    if (rect.width > 0 && rect.height > 0 && !hover.closest('.hidden') && getComputedStyle(hover).visibility !== 'hidden' && hover.innerText.trim()) {
      return {
        text: hover.innerText,
        images: [...hover.querySelectorAll('img')].map((img) => img.getAttribute('src')),
        headings: hover.querySelectorAll('h1, h2, h3, h4, h5, h6, hr').length,
        links: [...hover.querySelectorAll('a')].map((a) => a.getAttribute('data-href') ?? a.getAttribute('href')),
      };
    }
  }
  return null;
}

/**
 * Opens the hostile workspace, hovers the name with the real mouse, waits for the card
 * to show the hostile link as text, and checks that no request left for any host but
 * 127.0.0.1:`port`, that the card has no image, heading or rule, and that it links only
 * to the safe profile and the other article. Returns one test outcome.
 */
export async function checkHoverPrivacy({ browser, port, tmpRoot, extensionPath, consoleLines }) {
  const title = 'browser: hovering a name from a hostile registry makes no request to any host but the local VS Code server';
  const started = Date.now();
  const { dir, article } = prepareHostileWorkspace(tmpRoot);
  const url = workbenchUrl({ port, folder: dir, extensionPath, openFile: article });
  const local = `127.0.0.1:${port}`;
  const foreign = [];
  const gallery = [];
  const record = (request) => {
    const target = request.url();
    if (/^(?:data|blob|about|vscode-[a-z-]+):/i.test(target)) return;
    // VS Code's own extension-gallery query (code-server points it at Open VSX) is the
    // workbench's traffic, not the extension's: named in the log, not counted.
    if (GALLERY.test(target)) {
      gallery.push(target);
      return;
    }
    let host = '';
    try {
      host = new URL(target).host;
    } catch {
      host = target;
    }
    if (host !== local) foreign.push(target);
  };
  // Listening from the first request on, for the page and every worker of the context.
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  context.on('request', record);
  // Nothing may leave the machine even if asked for: refuse every request that is not local.
  await context.route(
    (target) => target.host !== local && /^https?:$/.test(target.protocol),
    (route) => route.abort(),
  );
  await context.addInitScript(`window.newsLensPrivacyProbe = { locateInEditor: ${probes.locateInEditor}, hoverFacts: ${hoverFacts} }`);
  const page = await context.newPage();
  page.on('console', (message) => consoleLines.push(`[privacy page ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[privacy page pageerror] ${error.message}`));
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(
      (name) => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => l.textContent.replace(/\u00a0/g, ' ').includes(name)),
      NAME,
      { timeout: 60_000 },
    );
    const placed = await (
      await page
        .waitForFunction(
          (name) => {
            const found = window.newsLensPrivacyProbe?.locateInEditor([name]);
            return found && found.ownSpan && found.coloured ? found : false;
          },
          NAME,
          { timeout: 30_000, polling: 250 },
        )
        .catch(async () => {
          throw new Error(`"${NAME}" never got its own semantic colour in the hostile workspace`);
        })
    ).jsonValue();
    // The card lists the other article once the workspace index has it: hover again until it
    // does. Each attempt first closes the card that is showing (Escape, the mouse far away,
    // no visible hover left), so the next look is at a new card and not at the old one again.
    let facts = null;
    const deadline = Date.now() + 60_000;
    for (let attempt = 0; Date.now() < deadline && !facts?.text.includes('Mentioned in'); attempt++) {
      if (attempt > 0) {
        await page.keyboard.press('Escape');
        await page.mouse.move(5, 840);
        await page.waitForFunction(() => !window.newsLensPrivacyProbe.hoverFacts(), null, { timeout: 5_000 }).catch(() => {});
      }
      // Find the name again each time: a code lens or a hint arriving late moves the line it is on.
      const here = (await page.evaluate((name) => window.newsLensPrivacyProbe.locateInEditor([name]), NAME)) ?? placed;
      await page.mouse.move(here.x - 40, here.y + 60);
      await page.mouse.move(here.x, here.y, { steps: 5 });
      facts = await page
        .waitForFunction(
          () => {
            const f = window.newsLensPrivacyProbe.hoverFacts();
            return f && f.text.includes('pixel.png?who=reporter') ? f : false;
          },
          null,
          { timeout: 10_000 },
        )
        .then((handle) => handle.jsonValue())
        .catch(() => null);
    }
    if (!facts) throw new Error(`no hover card showing the hostile link as text (visible hover: ${JSON.stringify(await page.evaluate(hoverFacts))})`);
    if (!facts.text.includes('Mentioned in')) throw new Error(`the card never listed ${OTHER_FILE}: ${JSON.stringify(facts.text)}`);
    // Images start loading when their element is created; let any pending request surface before checking.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), null, { timeout: 5_000 }).catch(() => {});
    const problems = [];
    if (foreign.length > 0) problems.push(`requests to other hosts: ${JSON.stringify([...new Set(foreign)])}`);
    if (facts.images.length > 0) problems.push(`images in the card: ${JSON.stringify(facts.images)}`);
    if (facts.headings > 0) problems.push(`${facts.headings} heading(s) or rule(s) in the card`);
    const toOther = (href) => /budget(?:%20| )(?:%28|\()draft(?:%29|\))\.news/.test(href ?? '');
    const unexpected = facts.links.filter((href) => href && !href.startsWith('https://ok.example/profile') && !toOther(href));
    if (unexpected.length > 0) problems.push(`unexpected links in the card: ${JSON.stringify(unexpected)}`);
    if (!facts.links.some(toOther)) problems.push(`the card does not link to ${OTHER_FILE} (links: ${JSON.stringify(facts.links)})`);
    if (problems.length > 0) throw new Error(`${problems.join('; ')}\ncard text: ${JSON.stringify(facts.text)}`);
    console.log(
      `vscode: hostile hover card shown with ${facts.links.length} link(s), no image, no request off 127.0.0.1:${port}${gallery.length ? ` (besides ${gallery.length} extension-gallery quer${gallery.length === 1 ? 'y' : 'ies'} of the workbench itself, refused)` : ''}`,
    );
    return { title, state: 'passed', durationMs: Date.now() - started };
  } catch (error) {
    return { title, state: 'failed', durationMs: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await context.close().catch(() => {});
  }
}

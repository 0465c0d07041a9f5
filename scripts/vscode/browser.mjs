// Drives the VS Code web workbench in headless Debian Chromium through playwright-core.
// The workbench's `payload` query parameter is how the extension under development and
// the test entry point reach the web client (the server itself ignores those flags).
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './install-code-server.mjs';

/** Flags that keep Chromium from reaching the network or waiting for a GPU. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Launches headless Chromium; the caller must close it. */
export function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * The workbench URL that opens `folder` and passes the payload entries. Paths are
 * absolute server paths; they become `vscode-remote://` URIs on the server's authority.
 */
export function workbenchUrl({ port, folder, extensionPath, testsPath, openFile }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [['extensionDevelopmentPath', remote(extensionPath)]];
  if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
  if (openFile) payload.push(['openFile', remote(openFile)]);
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Opens a page in a fresh context and records its console (where the extension host's
 * console output is forwarded) into `consoleLines`, for failure reports.
 */
export async function openWorkbench(browser, url, consoleLines, label) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  page.on('console', (message) => consoleLines.push(`[${label} ${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[${label} pageerror] ${error.message}`));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

// End-to-end check of the built site in headless Chromium (issue 5, "Checked, not hoped").
//
// Builds the tests' sample content (src/test/resources/crosscheck/sample-content; content/ is the curator's)
// with target/crosscheck.jar into a temporary folder, serves it the way GitHub Pages serves a project site
// (sample-site.mjs: under /repo/, a folder gives its index.html, a missing page 404.html), then opens the home page, the first
// event page and an article page, runs axe-core on each (zero violations), exercises search when the site has
// it, checks the phone layout of the claim-by-outlet view, and saves full-page screenshots of each kind of page at
// phone and desktop width, light and dark, into target/e2e/.
//
// Run from src/e2e after `mvn -q -B -DskipTests package`:  npm ci && npm test
// Environment: CHROMIUM (default /usr/bin/chromium), CROSSCHECK_JAR (default ../../target/crosscheck.jar).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { chromium } from 'playwright-core';
import { CHROMIUM, PROJECT, ROOT, serveSample } from './sample-site.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const SHOTS = path.join(ROOT, 'target', 'e2e');
const SEARCH_QUERY = 'Gallant';
// A word of the reports' text only (no title has it), typed short: the last word also finds the words it begins.
const TEXT_QUERY = 'hostage';
// Tricky words and the terms the build makes of them (SearchTokensTest checks the build against the same file).
const FOLDING = path.join(ROOT, 'src', 'test', 'resources', 'crosscheck', 'render', 'search-folding.tsv');

let site, siteDir, base, browser;
const pageErrors = []; // uncaught script errors and failed same-site requests, checked at the end

before(async () => {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)`);
  site = await serveSample();
  ({ siteDir, base } = site);
  await mkdir(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

/** A new page in its own context, reporting script errors and failed requests to the site. */
async function open(url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`${page.url()}: script error: ${e.message}`));
  page.on('response', (r) => {
    if (r.url().startsWith(base) && r.status() >= 400 && r.request().resourceType() !== 'document') {
      pageErrors.push(`${page.url()}: ${r.status()} for ${r.url()}`);
    }
  });
  page.on('requestfailed', (r) => pageErrors.push(`${page.url()}: request failed: ${r.url()} (${r.failure()?.errorText})`));
  const response = await page.goto(url, { waitUntil: 'load' });
  assert.equal(response.status(), 200, `${url} answered ${response.status()}`);
  return page;
}

async function close(page) {
  await page.context().close();
}

/** Runs axe-core on the page and fails with a readable list of the violations, if any. */
async function assertAccessible(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const lines = [];
  for (const v of result.violations) {
    lines.push(`- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}`);
    for (const node of v.nodes) {
      lines.push(`    at ${node.target.join(' ')}\n      ${node.html.replace(/\s+/g, ' ').slice(0, 300)}`);
      if (node.failureSummary) lines.push(`      ${node.failureSummary.replace(/\n\s*/g, '\n      ')}`);
    }
  }
  assert.equal(result.violations.length, 0,
    `axe-core found ${result.violations.length} violation(s) on ${page.url()}:\n${lines.join('\n')}`);
}

/** Absolute address of the first link in main content whose href matches the pattern. */
async function firstLink(page, pattern) {
  const hrefs = await page.$$eval('main a[href], #main a[href]', (as) => as.map((a) => a.href));
  const href = hrefs.find((h) => pattern.test(new URL(h).pathname));
  assert.ok(href, `no link matching ${pattern} on ${page.url()}; links: ${hrefs.slice(0, 20).join(', ')}`);
  assert.ok(href.startsWith(base), `${href} leaves the project path ${base}`);
  return href;
}

let eventUrl, articleUrl;
async function findEventUrl() {
  if (!eventUrl) {
    const page = await open(base);
    try { eventUrl = await firstLink(page, /\/events\/[^/]+\/$/); } finally { await close(page); }
  }
  return eventUrl;
}
async function findArticleUrl() {
  if (!articleUrl) {
    const page = await open(await findEventUrl());
    try { articleUrl = await firstLink(page, /\/articles\/[^/]+\/$/); } finally { await close(page); }
  }
  return articleUrl;
}

async function findEntityUrl() {
  const page = await open(await findEventUrl());
  try { return await firstLink(page, /\/(people|places|organisations)\/[^/]+\/$/); } finally { await close(page); }
}

test('home page: lists events, no axe-core violations', async () => {
  const page = await open(base);
  try {
    assert.ok((await page.title()).length > 0, 'the home page has no title');
    await findEventUrl();
    await assertAccessible(page);
  } finally {
    await close(page);
  }
});

test('event page: summary and sources, no axe-core violations', async () => {
  const page = await open(await findEventUrl());
  try {
    const h1 = (await page.locator('h1').first().textContent())?.trim();
    assert.ok(h1, 'the event page has no heading');
    await findArticleUrl();
    await assertAccessible(page);
  } finally {
    await close(page);
  }
});

test('article page: report text, no axe-core violations', async () => {
  const page = await open(await findArticleUrl());
  try {
    const text = (await page.locator('main, #main').first().innerText()).trim();
    assert.ok(text.split(/\s+/).length > 50, `the article page shows little text: ${text.slice(0, 200)}`);
    await assertAccessible(page);
  } finally {
    await close(page);
  }
});

test('a missing page gives the site 404 page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const response = await page.goto(base + 'no/such/page/');
    assert.equal(response.status(), 404);
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.href));
    assert.ok(links.some((h) => h === base), `the 404 page links nowhere back to the home page ${base}: ${links.join(', ')}`);
  } finally {
    await context.close();
  }
});

test('search finds the sample content and its results lead to pages', async (t) => {
  if (!existsSync(path.join(siteDir, 'search', 'index.html'))) {
    t.skip('the built site has no search/ page yet: search is not exercised');
    return;
  }
  const page = await open(base + 'search/');
  try {
    await page.locator('#search').fill(SEARCH_QUERY);
    const results = page.locator('#search-results li a');
    await results.first().waitFor({ timeout: 10_000 });
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.href));
    assert.ok(hrefs.length >= 1, `no results for "${SEARCH_QUERY}"`);
    await assertAccessible(page);
    const target = hrefs[0];
    assert.ok(target.startsWith(base), `result ${target} leaves the project path ${base}`);
    // A word only the reports' text holds: results show the passage, the matched words marked.
    await page.locator('#search').fill(TEXT_QUERY);
    await page.waitForFunction((word) => {
      const marks = [...document.querySelectorAll('#search-results li .search-text mark')];
      return marks.length > 0 && marks.every((m) => m.textContent.toLowerCase().startsWith(word));
    }, TEXT_QUERY, { timeout: 10_000 });
    const reports = await page.locator('#search-results li a').evaluateAll((as) => as.map((a) => a.href));
    assert.ok(reports.some((h) => h.startsWith(base + 'articles/')), `no report found for "${TEXT_QUERY}": ${reports}`);
    await assertAccessible(page);
    await page.locator('#search').fill(SEARCH_QUERY);
    await page.waitForFunction((word) => [...document.querySelectorAll('#search-results li a mark')]
      .some((m) => m.textContent === word), SEARCH_QUERY, { timeout: 10_000 });
    const [response] = await Promise.all([page.waitForNavigation(), results.first().click()]);
    assert.equal(response?.status(), 200, `result ${target} answered ${response?.status()}`);
  } finally {
    await close(page);
  }
  // The header's search form (name="q") leads to the search page with the query's results.
  const home = await open(base);
  try {
    const q = home.locator('form input[name="q"]').first();
    if ((await q.count()) === 0) {
      t.diagnostic('the header has no search form (input name="q"): not exercised');
      return;
    }
    await q.fill(SEARCH_QUERY);
    await Promise.all([home.waitForNavigation(), q.press('Enter')]);
    assert.ok(new URL(home.url()).pathname.startsWith(PROJECT + 'search/'), `the header form went to ${home.url()}`);
    await home.locator('#search-results li a').first().waitFor({ timeout: 10_000 });
  } finally {
    await close(home);
  }
});

test('the search script folds words as the build does', async () => {
  const context = { window: {}, document: { getElementById: () => null } };
  vm.createContext(context);
  vm.runInContext(await readFile(path.join(siteDir, 'assets', 'search.js'), 'utf8'), context);
  const { terms } = context.window.CrosscheckSearch;
  const lines = (await readFile(FOLDING, 'utf8')).split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  assert.ok(lines.length >= 30, `${FOLDING} is read`);
  const wrong = lines.map((l) => l.split('\t')).filter(([text, want]) => terms(text).join(' ') !== want)
    .map(([text, want]) => `${text} -> ${terms(text).join(' ')}, not ${want}`);
  assert.deepEqual(wrong, []);
});

// Screenshots of every kind of page at phone and desktop width, light and dark, into target/e2e/ (kept as CI
// artifacts): NAME-WIDTH-SCHEME.png. No page may scroll sideways at either width.
test('screenshots of each kind of page at 390 and 1280 px, light and dark, no sideways scrolling', async () => {
  const pages = [['home', base], ['event', await findEventUrl()], ['article', await findArticleUrl()],
    ['entity', await findEntityUrl()], ['search', base + 'search/?q=' + encodeURIComponent(SEARCH_QUERY)]];
  for (const [name, url] of pages) {
    for (const [width, height] of [[390, 844], [1280, 900]]) {
      for (const scheme of ['light', 'dark']) {
        const phone = width < 600;
        const page = await open(url, { viewport: { width, height }, isMobile: phone, hasTouch: phone, colorScheme: scheme });
        try {
          if (name === 'search' && existsSync(path.join(siteDir, 'search', 'index.html'))) {
            await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
          }
          const file = path.join(SHOTS, `${name}-${width}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage: true });
          assert.ok((await stat(file)).size > 1000, `${file} is empty`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `the ${name} page is ${overflow}px wider than the ${width}px screen`);
        } finally {
          await close(page);
        }
      }
    }
  }
});

// On a phone, "who states what" is a list of the claims with the outlets that state each: nothing hidden sideways.
test('on a phone the claim-by-outlet table gives way to a list per claim', async (t) => {
  const page = await open(await findEventUrl(), { viewport: { width: 390, height: 844 }, isMobile: true });
  try {
    if ((await page.locator('table.coverage').count()) === 0) {
      t.skip('the sample event has no claim-by-outlet table');
      return;
    }
    assert.equal(await page.locator('table.coverage').isVisible(), false, 'the table still shows on a phone');
    const items = page.locator('ol.coverage-list > li');
    assert.ok(await items.first().isVisible(), 'no list of claims on a phone');
    assert.equal(await items.count(), await page.locator('table.coverage tbody tr').count());
    assert.match(await items.first().locator('.stated-by').innerText(), /Stated by \S/);
  } finally {
    await close(page);
  }
  const desktop = await open(await findEventUrl(), { viewport: { width: 1280, height: 900 } });
  try {
    assert.ok(await desktop.locator('table.coverage').isVisible(), 'no table at desktop width');
    assert.equal(await desktop.locator('ol.coverage-list').isVisible(), false, 'the list doubles the table');
  } finally {
    await close(desktop);
  }
});

// Printed, the event page shows what its collapsed sections hold: citations, wordings, figures of one report.
test('printing the event page opens every collapsed section', async () => {
  const page = await open(await findEventUrl());
  try {
    const hidden = 'details:not([open]) > :not(summary)';
    assert.ok(await page.locator(hidden).count() > 0, 'the event page has no collapsed section');
    assert.equal(await page.locator(hidden).first().isVisible(), false, 'a collapsed section shows on screen');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.locator(hidden).evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
    assert.equal(shown, await page.locator(hidden).count(), 'a collapsed section stays hidden in print');
  } finally {
    await close(page);
  }
});

test('no script errors or failed requests on the pages visited', () => {
  assert.deepEqual(pageErrors, []);
});

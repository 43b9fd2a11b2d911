// Lighthouse on the built sample site (issue 18's quality gate): the home page, an event, an article and the search
// page, each scored for performance, accessibility, best practices and SEO with Lighthouse's default (mobile)
// settings in Debian's chromium. Every category of every page must score at least MIN_SCORE; the figures are printed,
// and each page's full report is saved as JSON in target/lighthouse/.
//
// Run from src/e2e after `mvn -q -B -DskipTests package`:  npm ci && node lighthouse.mjs
// Environment: CHROMIUM (default /usr/bin/chromium), CROSSCHECK_JAR (default ../../target/crosscheck.jar).
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, ROOT, serveSample } from './sample-site.mjs';

const MIN_SCORE = 0.95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const REPORTS = path.join(ROOT, 'target', 'lighthouse');

/** The first page folder of a section of the site, e.g. "events/some-event/". */
async function firstPage(siteDir, section) {
  const names = (await readdir(path.join(siteDir, section), { withFileTypes: true }))
    .filter((d) => d.isDirectory()).map((d) => d.name).sort();
  if (names.length === 0) throw new Error(`the sample site has no ${section}/ pages`);
  return `${section}/${names[0]}/`;
}

const site = await serveSample();
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const failures = [];
try {
  await mkdir(REPORTS, { recursive: true });
  const pages = [['home', ''], ['event', await firstPage(site.siteDir, 'events')],
    ['article', await firstPage(site.siteDir, 'articles')], ['search', 'search/?q=Gallant']];
  for (const [name, address] of pages) {
    const url = site.base + address;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error',
      onlyCategories: CATEGORIES });
    await writeFile(path.join(REPORTS, `${name}.json`), result.report);
    const scores = CATEGORIES.map((c) => [c, result.lhr.categories[c].score]);
    console.log(`${name.padEnd(8)} ${scores.map(([c, s]) => `${c} ${s === null ? 'n/a' : s.toFixed(2)}`).join('  ')}`);
    for (const [category, score] of scores) {
      if (score === null || score < MIN_SCORE) {
        const audits = result.lhr.categories[category].auditRefs
          .map((ref) => result.lhr.audits[ref.id])
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
          .map((a) => `${a.id} (${a.score})`);
        failures.push(`${name} (${url}): ${category} ${score} < ${MIN_SCORE}; audits below 1: ${audits.join(', ')}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await site.close();
}
if (failures.length > 0) {
  console.error(`Lighthouse: ${failures.length} score(s) under ${MIN_SCORE}:\n${failures.join('\n')}`);
  process.exit(1);
}
console.log(`Lighthouse: every category of every page at least ${MIN_SCORE}; reports in ${REPORTS}`);

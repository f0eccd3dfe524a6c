import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { searchPath, tagPath } from '@/core/urls';
import { CHROMIUM_ARGS, chromiumExecutable } from '../support/browser';
import { FLAGSHIP } from './support/content';
import { expect, test } from './support/fixtures';

/**
 * Lighthouse (mobile preset: its default, a phone with simulated throttling) on four
 * page types of the real site, one Chromium, one page after the other. Accessibility,
 * Best Practices and SEO must score 100; Performance is a timing on a shared machine,
 * so it is measured and reported (test-results/lighthouse.json, one line on the
 * console), never asserted. The preview is plain http on localhost, which browsers
 * and Lighthouse (« is-on-https ») count as a secure origin.
 */
const PAGES = ['/', FLAGSHIP.path, tagPath('mission-commerciale'), `${searchPath()}?q=mission`];
const ASSERTED = ['accessibility', 'best-practices', 'seo'] as const;
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

/** Every asserted category under 100 on a page, with the title of each audit that costs it points. */
function shortfalls(path: string, lhr: Result): string[] {
  const problems: string[] = [];
  for (const id of ASSERTED) {
    const category = lhr.categories[id];
    const score = category?.score == null ? null : Math.round(category.score * 100);
    if (score === 100) continue;
    const failing = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
      .map((audit) => `« ${audit?.title} »`);
    problems.push(`${path} : ${id} ${score ?? 'sans score'} — ${failing.join(', ') || '?'}`);
  }
  return problems;
}

/** Performance score and key metrics of a page. */
function performanceOf(lhr: Result) {
  const metrics = Object.fromEntries(
    METRICS.map((id) => [
      id,
      { value: lhr.audits[id]?.numericValue, display: lhr.audits[id]?.displayValue },
    ]),
  );
  const score = lhr.categories.performance?.score;
  return { score: score == null ? null : Math.round(score * 100), metrics };
}

test('Lighthouse: accessibility, best practices and SEO at 100 on home, release, tag and search', async ({
  baseURL,
}, testInfo) => {
  test.setTimeout(300_000);
  const chrome = await launch({
    chromePath: chromiumExecutable() ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const problems: string[] = [];
  const report: Record<string, ReturnType<typeof performanceOf> & Record<string, unknown>> = {};
  try {
    for (const path of PAGES) {
      const result = await lighthouse(`${baseURL}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...ASSERTED, 'performance'],
      });
      if (!result) throw new Error(`Lighthouse n’a rien rendu pour ${path}`);
      const { lhr } = result;
      if (lhr.runtimeError) problems.push(`${path} : ${lhr.runtimeError.message}`);
      problems.push(...shortfalls(path, lhr));
      report[path] = {
        ...performanceOf(lhr),
        ...Object.fromEntries(
          ASSERTED.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)]),
        ),
      };
    }
  } finally {
    chrome.kill();
  }

  const file = join(testInfo.project.outputDir, 'lighthouse.json');
  writeFileSync(file, `${JSON.stringify({ preset: 'mobile', pages: report }, null, 2)}\n`);
  await testInfo.attach('lighthouse.json', { path: file, contentType: 'application/json' });
  console.log(
    'Lighthouse, performance (mobile, mesurée, non vérifiée) : ' +
      Object.entries(report)
        .map(([path, { score, metrics }]) => {
          const lcp = metrics['largest-contentful-paint']?.display ?? '?';
          const tbt = metrics['total-blocking-time']?.display ?? '?';
          const cls = metrics['cumulative-layout-shift']?.display ?? '?';
          return `${path} ${score} (LCP ${lcp}, TBT ${tbt}, CLS ${cls})`;
        })
        .join(' ; '),
  );
  expect(problems).toEqual([]);
});

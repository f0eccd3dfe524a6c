/**
 * For the deploy workflow, just before publishing: is the site's address (content/
 * site.yaml `url:`) still the example placeholder? Writes `placeholder=true` or
 * `placeholder=false` to `$GITHUB_OUTPUT` and, for a placeholder, a French notice
 * (annotation and a line of the run's summary) saying what to set. Never fails: a
 * run that only lacks the address stays green. Outside GitHub Actions it prints both.
 *
 *   node --import ./scripts/register-ts.mjs scripts/site-url.ts
 */
import { appendFileSync } from 'node:fs';
import { site } from '@/content/site.ts';
import { siteUrlVerdict } from '@/publishing/site-url.ts';

const { placeholder, notice } = siteUrlVerdict(site.url);
const output = `placeholder=${placeholder}\n`;
const { GITHUB_OUTPUT, GITHUB_STEP_SUMMARY } = process.env;

if (GITHUB_OUTPUT) appendFileSync(GITHUB_OUTPUT, output);
else process.stdout.write(output);
if (placeholder) {
  console.log(`::notice title=Site non publié::${notice}`);
  if (GITHUB_STEP_SUMMARY) appendFileSync(GITHUB_STEP_SUMMARY, `## Site non publié\n\n${notice}\n`);
} else {
  console.log(`Adresse du site : ${site.url}`);
}

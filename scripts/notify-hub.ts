/**
 * WebSub notification, in two steps of the deploy workflow (.github/workflows/deploy.yml):
 *
 *   node --import ./scripts/register-ts.mjs scripts/notify-hub.ts compare dist hub-feeds.json
 *     Before the deploy: writes to hub-feeds.json the hub and the feeds of dist/ that
 *     differ from the live site's (the previous deploy's); none while the site's URL is
 *     the example placeholder or the settings say `hub: false`.
 *   node --import ./scripts/register-ts.mjs scripts/notify-hub.ts publish hub-feeds.json
 *     After the deploy: one `hub.mode=publish` POST per feed listed.
 *
 * A hub that fails is reported (in French, and in the run's summary on GitHub) but
 * never fails the deploy: the exit code is 0 unless the command itself is wrong.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { changedFeeds, publishToHub, skipReason } from '@/feeds/websub.ts';

interface Planned {
  hub: string | false;
  feeds: string[];
}

/** A line for the log and, on GitHub Actions, for the run's summary. */
function say(line: string): void {
  console.log(line);
  const summary = process.env['GITHUB_STEP_SUMMARY'];
  if (summary) appendFileSync(summary, `${line}\n`);
}

const [command, first, second] = process.argv.slice(2);

if (command === 'compare' && first && second) {
  // Read here, not at the top: `publish` runs where content/ has not been read.
  const { site } = await import('@/content/site.ts');
  const reason = skipReason(site.url, site.hub);
  const planned: Planned = { hub: site.hub, feeds: [] };
  if (reason) {
    say(`WebSub : aucune notification, ${reason}.`);
  } else {
    const found = await changedFeeds(first, site.url);
    planned.feeds = found.changed;
    say(
      `WebSub : ${found.changed.length} flux nouveaux ou modifiés, ${found.unchanged} inchangés.`,
    );
    for (const { url, reason: why } of found.unreachable) {
      say(`WebSub : flux en ligne illisible (${why}), annoncé par prudence : ${url}`);
    }
  }
  writeFileSync(second, `${JSON.stringify(planned, null, 2)}\n`);
} else if (command === 'publish' && first) {
  const planned = JSON.parse(readFileSync(first, 'utf8')) as Planned;
  if (planned.hub === false || planned.feeds.length === 0) {
    say('WebSub : aucun flux à annoncer.');
  } else {
    const report = await publishToHub(planned.hub, planned.feeds);
    say(`WebSub : ${report.accepted.length} flux annoncés à ${planned.hub}.`);
    for (const { url, reason } of report.failed) {
      say(`WebSub : le concentrateur a refusé ou n’a pas répondu (${reason}) pour ${url}`);
    }
    if (report.failed.length > 0) {
      say(
        'WebSub : la publication du site n’est pas en cause ; les lecteurs de flux verront ces flux à leur prochaine consultation.',
      );
    }
  }
} else {
  console.error(
    'Usage : notify-hub.ts compare <dossier du site> <fichier.json> | publish <fichier.json>',
  );
  process.exitCode = 2;
}

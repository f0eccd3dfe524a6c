import type { AstroIntegration } from 'astro';
import type { UserConfig } from 'vite';
import { contentCatalogue } from './catalogue';
import { freezePublicationClock } from './clock';

type OnLog = NonNullable<NonNullable<UserConfig['build']>['rolldownOptions']>['onLog'];
type LogArgs = Parameters<NonNullable<OnLog>>;

/**
 * How `astro build` sees `content/`: one instant, taken before anything else runs,
 * decides what is published (src/content/clock.ts); MDX releases are compiled from
 * the catalogue's copy of their text (src/content/catalogue.ts) rather than read
 * again, once per import of them. The dev server reads from disk, where a saved file
 * is always the newest, and shows drafts and embargoed releases.
 */
export function buildContent(): AstroIntegration {
  return {
    name: 'salle-de-presse-content',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        freezePublicationClock();
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                // Every MDX module starts with Astro's "use astro:head-inject" directive,
                // about which the bundler warns once per release: noise an editor would
                // read as an error.
                onLog(...[level, log, handler]: LogArgs) {
                  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(log.message)) {
                    return;
                  }
                  handler(level, log);
                },
              },
            },
            plugins: [
              {
                name: 'salle-de-presse:catalogue-sources',
                enforce: 'pre',
                load: {
                  filter: { id: /\.mdx(?:\?|$)/ },
                  handler: (id) => contentCatalogue().get(id.replace(/\?.*$/, ''))?.source ?? null,
                },
              },
            ],
          },
        });
      },
    },
  };
}

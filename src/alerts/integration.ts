import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isBilingual, site } from '@/content/site';
import { withFormAction } from './settings';

/** The alerts' pages, French address then English one. */
const PAGES = [
  ['/abonnement', '/en/subscribe', 'SubscribePage.astro'],
  ['/confidentialite', '/en/privacy', 'PrivacyPage.astro'],
] as const;

/**
 * E-mail alerts, only when `content/site.yaml` has an `alerts:` block: the subscription
 * and privacy pages (in English too on a bilingual site), and the provider's origin in
 * the CSP's `form-action` of the built `_headers`. Without the block, none of it exists.
 */
export function emailAlerts(): AstroIntegration {
  const settings = site.alerts;
  return {
    name: 'salle-de-presse-email-alerts',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        if (!settings) return;
        for (const [french, english, page] of PAGES) {
          const entrypoint = new URL(`./${page}`, import.meta.url);
          injectRoute({ pattern: french, entrypoint });
          if (isBilingual) injectRoute({ pattern: english, entrypoint });
        }
      },
      'astro:build:done': ({ dir }) => {
        if (!settings) return;
        const file = fileURLToPath(new URL('_headers', dir));
        const before = readFileSync(file, 'utf8');
        const after = withFormAction(before, settings.action);
        if (after === before) {
          throw new Error(
            `${file} : pas de form-action dans la Content-Security-Policy de /* ; le formulaire d’alertes ne pourrait pas être envoyé`,
          );
        }
        writeFileSync(file, after);
      },
    },
  };
}

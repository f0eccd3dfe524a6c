import { isExampleUrl } from '@/core/urls';

/** Whether the deploy workflow may publish, given the site's address (content/site.yaml `url:`). */
export interface SiteUrlVerdict {
  /** True while the address is still the example placeholder: the run publishes nothing. */
  placeholder: boolean;
  /** What to set, in French, for the run's notice and summary; empty once the address is real. */
  notice: string;
}

/**
 * A site published at its example address would announce that address in every
 * canonical link, feed and sitemap; the deploy workflow stops before publishing
 * instead, and says what to set. Local builds and tests keep the placeholder.
 */
export function siteUrlVerdict(url: string): SiteUrlVerdict {
  if (!isExampleUrl(url)) return { placeholder: false, notice: '' };
  return {
    placeholder: true,
    notice:
      `Le site n’a pas été publié\u00a0: son adresse est encore celle de l’exemple (${url}). ` +
      'Indiquez l’adresse publique du site dans content/site.yaml (url:), ' +
      'par exemple celle que donne Settings → Pages, puis enregistrez\u00a0: ' +
      'la publication suivante le mettra en ligne.',
  };
}

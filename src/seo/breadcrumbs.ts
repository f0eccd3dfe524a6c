import { absoluteUrl } from '@/core/urls';

/** One step of a breadcrumb trail; the last one is the current page. */
export interface Crumb {
  label: string;
  path: string;
}

/** schema.org `BreadcrumbList` for a trail, with absolute URLs. */
export function breadcrumbJsonLd(
  trail: readonly Crumb[],
  siteUrl: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: absoluteUrl(crumb.path, siteUrl),
    })),
  };
}

import type { Locator, Page } from '@playwright/test';
import { strings } from '@/i18n/strings';
import type { Lang } from '@/i18n/lang';

/** The e-mail alerts form (src/alerts/AlertForm.astro), found by its labels. */
export class AlertForm {
  readonly region: Locator;
  readonly email: Locator;
  readonly consent: Locator;
  readonly submit: Locator;
  readonly privacyLink: Locator;

  constructor(
    readonly page: Page,
    lang: Lang = 'fr',
  ) {
    const t = strings(lang);
    this.region = page.getByRole('region', { name: t.alerts.heading });
    this.email = this.region.getByLabel(t.alerts.email);
    this.consent = this.region.getByRole('checkbox', { name: /J’accepte|I agree/ });
    this.submit = this.region.getByRole('button', { name: t.alerts.submit });
    this.privacyLink = this.region.getByRole('link', { name: t.alerts.privacyLink });
  }

  /** A topic's checkbox, by its label. */
  topic(label: string): Locator {
    return this.region.getByRole('checkbox', { name: label, exact: true });
  }
}

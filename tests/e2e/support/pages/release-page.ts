import type { Locator, Page } from '@playwright/test';
import { t } from '@/i18n/fr';
import type { ShareNetwork } from '@/share/links';
import { containing } from '../text';
import { SitePage } from './site-page';

/** One `<source>` of a `<picture>`: its type and the widths its srcset offers. */
export interface PictureSource {
  type: string | null;
  widths: (string | undefined)[];
}

/** The sources of every `<picture>` matched by `pictures`. */
function pictureSources(pictures: Locator): Promise<PictureSource[]> {
  return pictures.locator('source').evaluateAll((list) =>
    list.map((s) => ({
      type: s.getAttribute('type'),
      widths: (s.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(' ')[1]),
    })),
  );
}

/**
 * A release: its header (kind, title, reading time), cover and download link, body
 * (dateline, end mark, MDX components), contacts, tags, members, related releases,
 * neighbours in time, share links and what only paper shows.
 */
export class ReleasePage extends SitePage {
  readonly article: Locator;
  /** « Communiqué de presse », above the title. */
  readonly kind: Locator;
  readonly dateline: Locator;
  /** « – 30 – », its spaces non-breaking as the release prints it. */
  readonly endMark: Locator;

  /** The cover figures (direct children of the article's text column); the cover is the first. */
  readonly coverFigures: Locator;
  readonly cover: Locator;
  readonly coverCaption: Locator;

  /** The MDX components of a release's body. */
  readonly quotation: Locator;
  readonly quotationText: Locator;
  readonly quotationAttribution: Locator;
  /** A Figure of the body (an image with its caption). */
  readonly bodyFigure: Locator;
  readonly bodyFigureCaption: Locator;

  readonly tags: Locator;
  readonly members: Locator;
  readonly related: Locator;
  readonly relatedReleases: Locator;
  readonly neighbours: Locator;
  readonly previousRelease: Locator;
  readonly nextRelease: Locator;

  readonly share: Locator;
  readonly shareHeading: Locator;

  /** `npm run dev` only: the banner of a release whose file is in error. */
  readonly previewErrors: Locator;
  readonly copyLinkButton: Locator;
  /** The status line that says the link was copied. */
  readonly linkCopied: Locator;

  /** On paper only: « Adresse de ce communiqué : » and the release's URL. */
  readonly printedAddress: Locator;

  constructor(page: Page) {
    super(page);
    this.article = page.locator('article.release');
    this.kind = page.getByText(t.types.pressRelease.label, { exact: true });
    this.dateline = page.locator('.dateline');
    this.endMark = page.getByText(t.release.endMark.replaceAll(' ', '\u00a0'));

    this.coverFigures = page.locator('.release-main > figure');
    this.cover = this.coverFigures.first();
    this.coverCaption = this.cover.locator('figcaption');

    this.quotation = this.article.locator('figure:has(blockquote)');
    this.quotationText = this.quotation.locator('blockquote');
    this.quotationAttribution = this.quotation.locator('figcaption');
    this.bodyFigure = this.article.locator('figure:has(picture)');
    this.bodyFigureCaption = this.bodyFigure.locator('figcaption');

    this.tags = page.getByRole('region', { name: t.release.tags, exact: true });
    this.members = page.getByRole('region', { name: t.release.members, exact: true });
    this.related = page.getByRole('region', { name: t.release.related, exact: true });
    this.relatedReleases = this.related.getByRole('listitem');
    this.neighbours = page.getByRole('navigation', { name: t.release.neighbours, exact: true });
    this.previousRelease = this.neighbours.getByRole('link', {
      name: containing(t.release.previous),
    });
    this.nextRelease = this.neighbours.getByRole('link', { name: containing(t.release.next) });

    this.previewErrors = page.getByRole('alert').filter({ hasText: t.preview.errors });
    this.share = page.getByRole('region', { name: t.share.title, exact: true });
    this.shareHeading = page.getByRole('heading', { name: t.share.title, exact: true });
    this.copyLinkButton = this.share.getByRole('button', { name: t.share.copy, exact: true });
    this.linkCopied = page.getByRole('status').filter({ hasText: t.share.copied });

    this.printedAddress = page.getByText(t.print.url);
  }

  /** The organisation printed on top of the release (paper only). */
  publisher(name: string): Locator {
    return this.page.getByText(name, { exact: true }).first();
  }

  /** « Lecture : 3 min ». */
  readingTime(minutes: number): Locator {
    return this.page.getByText(t.readingTime(minutes));
  }

  /** « Rédigé à Strasbourg, le 8 octobre 2013 ». */
  origin(city: string, date: string): Locator {
    return this.page.getByText(t.release.origin(city, date));
  }

  /** Text of the release (`exact` for the whole text of an element). */
  text(text: string | RegExp, options: { exact?: boolean } = {}): Locator {
    return this.article.getByText(text, options);
  }

  /** An image of the page, by its text alternative. */
  image(alt: string): Locator {
    return this.page.getByRole('img', { name: alt });
  }

  /** A heading of the release, e.g. an intertitle or « À propos de… ». */
  section(name: string, level?: number): Locator {
    return this.page.getByRole('heading', { name, ...(level ? { level } : {}) });
  }

  /** A contact block: « Source : », « Renseignements : ». */
  contactLabel(label: typeof t.release.source | typeof t.release.information): Locator {
    return this.page.getByText(label);
  }

  /** The contacts under a contact block's label. */
  contacts(label: typeof t.release.source | typeof t.release.information): Locator {
    return this.contactLabel(label).locator('..');
  }

  /** The cover image, by its text alternative. */
  coverImage(alt: string): Locator {
    return this.cover.getByRole('img', { name: alt });
  }

  /** The sources of the cover's picture: their types and widths. */
  coverSources(): Promise<PictureSource[]> {
    return pictureSources(this.coverFigures.locator('picture'));
  }

  /** The image of a body Figure, by its text alternative. */
  bodyFigureImage(alt: string): Locator {
    return this.bodyFigure.getByRole('img', { name: alt });
  }

  /** The sources of a body Figure's picture. */
  bodyFigureSources(): Promise<PictureSource[]> {
    return pictureSources(this.bodyFigure.locator('picture'));
  }

  /** A key figure (MDX `ChiffreCle`), read as one sentence. */
  keyFigure(value: string): Locator {
    return this.article.locator('p:has(strong)').filter({ hasText: value });
  }

  /** The link to the cover's original file, e.g. « (JPEG, 275 ko) ». */
  downloadCover(format: string, size: string): Locator {
    return this.page.getByRole('link', { name: t.media.downloadCover(format, size), exact: true });
  }

  /** The link to a tag of the release. */
  tag(label: string): Locator {
    return this.tags.getByRole('link', { name: label, exact: true });
  }

  /** The link to a member organisation the release concerns. */
  member(name: string): Locator {
    return this.members.getByRole('link', { name, exact: true });
  }

  /** The share link of a network: « Partager par courriel », « Partager sur LinkedIn »… */
  shareLink(network: ShareNetwork): Locator {
    return this.page.getByRole('link', { name: t.share.via[network], exact: true });
  }

  async copyLink(): Promise<void> {
    await this.copyLinkButton.click();
  }

  /** What the clipboard holds (needs the clipboard-read permission). */
  clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /**
   * The average number of characters on the full lines of the body's paragraphs
   * (a paragraph's last line, usually short, is left out).
   */
  charactersPerLine(): Promise<number> {
    return this.article.locator('.release-body > p:not(.end-mark)').evaluateAll((paragraphs) => {
      const full: number[] = [];
      for (const paragraph of paragraphs) {
        const lines: number[] = [];
        let top = -Infinity;
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const rect = range.getClientRects()[0];
            if (!rect || rect.width === 0) continue;
            // A character well below the previous one starts a new line.
            if (rect.top > top + rect.height / 2) lines.push(0);
            top = Math.max(top, rect.top);
            lines[lines.length - 1] = (lines.at(-1) ?? 0) + 1;
          }
        }
        full.push(...lines.slice(0, -1));
      }
      return full.length ? full.reduce((a, b) => a + b, 0) / full.length : 0;
    });
  }

  /**
   * Hides all but the release's body (dateline, text, end mark) without moving
   * anything: `visibility` keeps every box, so the page lays out and paginates as before.
   */
  async showOnlyBody(): Promise<void> {
    await this.article.locator('.release-body').evaluate((body) => {
      document.body.style.visibility = 'hidden';
      (body as HTMLElement).style.visibility = 'visible';
    });
  }

  /** The release's URL in its printed address. */
  printedUrl(url: string): Locator {
    return this.printedAddress.getByText(url);
  }
}

import type { Dictionary } from '@/i18n/dictionary';

/**
 * Every interface string of the site, in Canadian English: the keys and function
 * signatures of `fr` (checked by `Dictionary`), Canadian spelling, English punctuation.
 *
 * A « communiqué » in general is a “release”; the `pressRelease` type is a “news release”,
 * as “communiqué de presse” is in French, so that the two lists never share a title.
 */
export const en = {
  lang: 'en-CA',
  /** The language switch, written in the language it leads to. */
  language: {
    /** The link to this page's translation. */
    name: 'English',
    /** The link to the home page, on a page without a translation. */
    home: 'English home page',
  },
  /** A label before its value: `Site web :` in French, `Website:` in English. */
  withColon: (text: string) => `${text}:`,
  skipToContent: 'Skip to content',
  nav: {
    label: 'Main navigation',
    home: 'Home',
    releases: 'Releases',
    tags: 'Tags',
    members: 'Members',
    contacts: 'Contacts',
    mediaLibrary: 'Media library',
    archives: 'Archives',
  },
  breadcrumbs: {
    label: 'Breadcrumb',
  },
  tags: {
    title: 'Tags',
    intro: 'Releases sorted by topic.',
    pageTitle: (label: string, page: number) =>
      page > 1 ? `Tag “${label}”, page ${page}` : `Tag “${label}”`,
    heading: (label: string) => `Releases about “${label}”`,
  },
  members: {
    title: 'Members',
    intro: 'The organizations the releases are about.',
    kinds: {
      company: 'Companies',
      municipality: 'Municipalities',
      organisation: 'Organizations',
    },
    kind: {
      company: 'Company',
      municipality: 'Municipality',
      organisation: 'Organization',
    },
    pageTitle: (name: string, page: number) => (page > 1 ? `${name}, page ${page}` : name),
    people: 'People',
    website: 'Website',
    about: 'About',
    releases: 'Releases',
    none: 'No release mentions this organization yet.',
  },
  archives: {
    year: (year: number | string) => `Releases from ${year}`,
    month: (label: string) => `Releases from ${label}`,
    day: (label: string) => `Releases from ${label}`,
    dayMoved: 'The releases of a day are now on the page of their month:',
    years: 'Years',
  },
  home: {
    title: 'Newsroom',
    featured: 'Top story',
    latest: 'Latest releases',
    allReleases: 'All releases',
    allContacts: 'All media contacts',
    follow: 'Follow our news releases',
    followIntro: 'Get every new release as soon as it is published, in your feed reader.',
    explore: 'Explore',
    exploreHints: {
      releases: 'By type and by year',
      mediaLibrary: 'Logos and photos to download',
      tags: 'News releases by topic',
      members: 'Organizations and their news releases',
    },
  },
  releases: {
    title: 'Releases',
    pageTitle: (page: number) => (page > 1 ? `Releases, page ${page}` : 'Releases'),
    empty: 'No releases published yet.',
    count: (n: number) => (n === 1 ? `${n} release` : `${n} releases`),
  },
  release: {
    /** Shown on a translation the organisation has not published itself, in both languages. */
    unofficialTranslation:
      'Unofficial translation: the organization has not published this release in English; only the French original is authoritative.',
    /**
     * `Chandler, Que., Oct. 21, 2013 –`: the Canadian Press dateline (editors write the
     * province's CP abbreviation in the translation's `city:`); the no-break space keeps
     * the dash on the date's line. The caller passes the date already formatted.
     */
    dateline: (city: string, date: string) => `${city}, ${date}\u00a0–`,
    origin: (city: string, date: string) => `Written in ${city} on ${date}`,
    updated: (date: string) => `Updated ${date}`,
    /** The Canadian newsroom end mark. */
    endMark: '-30-',
    /** Link to the release as plain text (`…/communique.txt`), to copy and paste. */
    textVersion: 'Plain-text version',
    downloads: 'Downloads',
    source: 'Source:',
    information: 'For further information:',
    tags: 'Tags',
    members: 'Organizations involved',
    related: 'Related releases',
    previous: 'Previous release',
    next: 'Next release',
    neighbours: 'More releases',
    draft: 'Draft: this release is not published.',
    embargo: (date: string, time?: string) =>
      `Embargoed until ${date}${time ? ` at ${time}` : ''}: this release is not published yet.`,
  },
  mediaLibrary: {
    title: 'Media library',
    intro:
      'Photos, logos and portraits to download in high resolution, with their credits and terms of use.',
    empty: 'No images yet.',
    otherImages: 'Other images',
    kinds: { photo: 'Photo', logo: 'Logo', portrait: 'Portrait' },
    download: (format: string, size: string) => `Download the original (${format}, ${size})`,
    /** Spoken after the link text, so that each download link is told apart. */
    downloadOf: (title: string) => `: ${title}`,
  },
  types: {
    pressRelease: {
      label: 'News release',
      plural: 'News releases',
      count: (n: number) => (n === 1 ? `${n} news release` : `${n} news releases`),
    },
    mediaAdvisory: {
      label: 'Media advisory',
      plural: 'Media advisories',
      count: (n: number) => (n === 1 ? `${n} media advisory` : `${n} media advisories`),
    },
    statement: {
      label: 'Statement',
      plural: 'Statements',
      count: (n: number) => (n === 1 ? `${n} statement` : `${n} statements`),
    },
    nav: 'By type',
    pageTitle: (plural: string, page: number) => (page > 1 ? `${plural}, page ${page}` : plural),
    feedTitle: (label: string, title: string) => `${label}: ${title}`,
  },
  event: {
    title: 'Event details',
    when: 'When',
    where: 'Where',
    what: 'What',
    accreditation: 'Accreditation',
    /** `Tuesday, December 8, 2026, at 10:30 a.m.`, alone in its `<dd>`. */
    at: (date: string, time: string) => `${date}, at ${time}`,
    /** `Tuesday, December 8, 2026, from 10:30 a.m. to noon`. */
    sameDay: (date: string, start: string, end: string) => `${date}, from ${start} to ${end}`,
    /** `From Tuesday, December 8, 2026, at 10:30 a.m. to Wednesday, December 9, 2026, at 5 p.m.`. */
    span: (startDate: string, start: string, endDate: string, end: string) =>
      `From ${startDate}, at ${start} to ${endDate}, at ${end}`,
    addToCalendar: 'Add to calendar',
    calendarFile: '(iCalendar file)',
  },
  contacts: {
    title: 'Media contacts',
    intro: 'Who to reach for an interview, a clarification or photos.',
    empty: 'No media contacts yet.',
    /** A contact known only by its organization, with no number or address published. */
    noDetails: 'No name, telephone or email published yet.',
    phone: 'Phone:',
    mobile: 'Cell:',
    email: 'Email:',
    languages: (languages: readonly string[]) =>
      `Interviews in ${languages.map((code) => (code === 'en' ? 'English' : 'French')).join(' and ')}`,
    vcard: 'Add to address book',
    /** Spoken after the link text, so that each vCard link is told apart. */
    vcardOf: (name: string) => `(vCard for ${name})`,
  },
  pagination: {
    label: 'Pagination',
    previous: 'Previous page',
    next: 'Next page',
    page: (n: number, total: number) => `Page ${n} of ${total}`,
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you asked for does not exist or has moved.',
    back: 'Back to the home page',
    list: 'See all releases',
  },
  footer: {
    rights: (name: string) => `© ${name}`,
  },
  theme: {
    dark: 'Dark theme',
    light: 'Light theme',
  },
  share: {
    title: 'Share',
    networks: {
      email: 'Email',
      linkedin: 'LinkedIn',
      facebook: 'Facebook',
      bluesky: 'Bluesky',
      x: 'X',
    },
    via: {
      email: 'Share by email',
      linkedin: 'Share on LinkedIn',
      facebook: 'Share on Facebook',
      bluesky: 'Share on Bluesky',
      x: 'Share on X',
    },
    copy: 'Copy link',
    copied: 'Link copied',
  },
  readingTime: (minutes: number) => `${minutes} min read`,
  print: {
    url: 'Web address of this release:',
  },
  seo: {
    ogLocale: 'en_CA',
    dateline: (city: string, date: string) => `${city}, ${date}`,
    cardAlt: (title: string, date: string, kind = 'news release') => `${title} (${kind}, ${date})`,
    siteCardAlt: (title: string, name: string) => `${title} – ${name}`,
  },
  feeds: {
    subscribe: 'Subscribe',
    formats: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
    siteFeed: (format: string) => `All releases (${format})`,
    tagFeed: (label: string, format: string) => `Releases about “${label}” (${format})`,
    memberFeed: (name: string, format: string) => `Releases about ${name} (${format})`,
    tagFeedTitle: (label: string, siteTitle: string) => `${siteTitle}: “${label}”`,
    memberFeedTitle: (name: string, siteTitle: string) => `${siteTitle}: ${name}`,
    memberFeedDescription: (name: string) => `Releases involving ${name}.`,
    subscribeSite: 'Follow all releases in your feed reader:',
    subscribeTag: (label: string) => `Follow releases about “${label}”:`,
    subscribeMember: (name: string) => `Follow releases about ${name}:`,
    help: 'What is a feed?',
    pageTitle: 'Subscribe to releases',
    intro:
      'A feed (RSS, Atom or JSON Feed) is a web address that announces new releases. A feed reader checks it for you and shows you each release in full as soon as it is published, without you having to come back to the site or give out your email address.',
    howTitle: 'How to subscribe',
    how: [
      'Choose a feed reader: an app on your phone or computer, an online service, or your email program (many can read feeds).',
      'Copy the address of a feed below (right-click the link, then choose “Copy link address”).',
      'In your reader, choose “Add feed” or “Subscribe,” then paste the address.',
    ],
    whichTitle: 'Which feed to choose',
    which:
      'All three formats carry the same releases; RSS is the most widely supported. You can also follow a single topic or organization: every tag page and every member page has its own feed.',
    siteTitle: 'All releases',
    limit: (n: number) =>
      n === 1 ? 'The most recent release, in full.' : `The ${n} most recent releases, in full.`,
  },
  /** E-mail alerts (`src/alerts/`): the form, `/en/subscribe/` and `/en/privacy/`. */
  alerts: {
    heading: 'Get releases by e-mail',
    intro: 'An e-mail when each release is published, on the topics you choose.',
    email: 'Your e-mail address',
    topics: 'Topics',
    all: 'All releases',
    tag: (label: string) => `Tag “${label}”`,
    member: (name: string) => `Releases from ${name}`,
    consent: (org: string) =>
      `I agree to receive releases from ${org} by e-mail on the topics ticked.`,
    sender: (org: string, address: string) => `Sender: ${org}, ${address}.`,
    unsubscribe: (email: string) =>
      `You may withdraw your consent at any time: every e-mail has an unsubscribe link, or write to ${email}.`,
    privacyLink: 'How we handle your address',
    submit: 'Subscribe',
    timing:
      'The e-mail goes out after the release is published on this site: for an embargoed release, after the embargo lifts, never before.',
    pageTitle: 'Subscribe to e-mail alerts',
    feeds: 'Prefer a feed reader, without giving your e-mail address?',
    feedsLink: 'The RSS, Atom and JSON feeds',
    privacyTitle: 'Privacy policy',
    privacyIntro: (org: string) =>
      `What ${org} collects on this site, why, and how to exercise your rights.`,
    siteTitle: 'When you browse the site',
    siteText:
      'The site sets no cookies, measures no audience and loads nothing from another site: reading the releases tells us nothing about you.',
    emailTitle: 'E-mail alerts',
    collected:
      'If you subscribe to alerts, we collect your e-mail address, the topics ticked and the date of your consent, to send you the releases you asked for, and nothing else.',
    provider: (provider: string, location: string) =>
      `The form goes straight to ${provider}, the service that keeps the addresses and sends the e-mails on our behalf; the addresses are kept ${location}.`,
    providerPolicy: (provider: string) => `Privacy policy of ${provider}`,
    kept: 'Your address is kept as long as you stay subscribed and deleted when you unsubscribe. It is neither sold nor shared with anyone else.',
    contactTitle: 'Your rights and whom to contact',
    contact: (officer: string) =>
      `To see, correct or delete your information, or for any question, write to the person in charge of the protection of personal information (${officer})`,
    address: (org: string, address: string) => `${org}, ${address}`,
  },
  media: {
    credit: (who: string) => `Credit: ${who}`,
    /** Under a quotation: `— Carol Cotton, Executive Director, GIMXPORT`. */
    quoteBy: (name: string, role?: string) => (role ? `— ${name}, ${role}` : `— ${name}`),
    missingAttribute: (component: string, attribute: string) =>
      `<${component}>: the ${attribute} attribute is required (see the writing guide).`,
    keyFigure: 'Key figure:',
    downloadCover: (format: string, size: string) =>
      `Download the high-resolution image (${format}, ${size})`,
    section: 'Media',
    sectionIntro: 'High-resolution images, stripped of their private metadata.',
    download: 'Download',
    /** Spoken after “Download”, so that each link is told apart. */
    downloadOf: (name: string) => `image ${name}`,
    facts: (width: number, height: number, format: string, size: string) =>
      `${width} × ${height} px, ${format}, ${size}`,
    downloadAll: (count: number, size: string) =>
      `Download all (${count} ${count === 1 ? 'image' : 'images'} with captions, ZIP, ${size})`,
    rights: (rights: string) => `Rights: ${rights}`,
    /** The text file in `medias.zip`. */
    notes: {
      dimensions: (width: number, height: number, format: string, size: string) =>
        `Dimensions: ${width} × ${height} px, ${format}, ${size}`,
      alt: (alt: string) => `Description: ${alt}`,
      caption: (caption: string) => `Caption: ${caption}`,
      credit: (credit: string) => `Credit: ${credit}`,
      rights: (rights: string | undefined) =>
        `Terms of use: ${rights ?? 'not specified; ask the media contact'}`,
    },
  },
  preview: {
    errors:
      'This release contains an error: the preview shows its last valid version. Fix the file, then save it.',
    warnings: 'To check in this release:',
    file: (file: string) => `File: ${file}`,
    brokenTitle: 'Some files in content/ contain errors',
    brokenBody:
      'A release with an error that never had a valid version has no page yet. Fix the file and save it: its page will appear.',
  },
  search: {
    label: 'Search',
    placeholder: 'Search releases',
    submit: 'Search',
    title: 'Search',
    description: 'Search the releases.',
    filters: { tag: 'Tag', member: 'Member', year: 'Year', type: 'Type' },
    devTitle: 'Search is not available in development',
    devBody: 'The search index (Pagefind) is created when the site is built. To try search, run:',
    devCommand: 'npm run build && npm run preview',
    noScript: 'Search requires JavaScript.',
    /** Pagefind UI strings, worded for this site. */
    ui: {
      placeholder: 'Search releases',
      clear_search: 'Clear',
      load_more: 'More results',
      search_label: 'Search the releases',
      filters_label: 'Filters',
      zero_results: 'No results for [SEARCH_TERM]',
      many_results: '[COUNT] results for [SEARCH_TERM]',
      one_result: '[COUNT] result for [SEARCH_TERM]',
      alt_search: 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM]',
      search_suggestion: 'No results for [SEARCH_TERM]. Try another search:',
      searching: 'Searching for [SEARCH_TERM]…',
    },
    resultMeta: { date: 'Date' },
  },
} satisfies Dictionary;

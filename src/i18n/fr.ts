/** Words known to begin with a mute h (« d’Hydro-Québec », « d’Hélène »); any other h is aspirated or unknown. */
const MUTE_H =
  /^h(?:abita|ébergement|élène|éma|ervé|istoire|orticult|ôpita|ôtel|ubert|ugo|uile|umani|ydro|ygiène)/i;

/** A name's leading article « Le » or « Les », which à and de absorb (« au Havre », « des Éboulements »). */
const LEADING_ARTICLE = /^(les?)[ \u00a0](?=\S)/i;

/** `name` without its leading « Le » or « Les », and whether the article was plural. */
function article(name: string): { rest: string; plural: boolean } | undefined {
  const match = LEADING_ARTICLE.exec(name);
  return match?.[1]
    ? { rest: name.slice(match[0].length), plural: match[1].length === 3 }
    : undefined;
}

/**
 * « de » before a word, elided as French writes it: « de juin 2013 », « d’octobre
 * 2013 », « d’Alpha inc. », « d’Œuvre… », « d’Yves », but « de Yamachiche » (a y before
 * a vowel is a consonant). An h is elided only in the few words of MUTE_H: whether it
 * is mute cannot be told from the spelling. A leading « Le » or « Les » contracts:
 * « du Havre », « des Éboulements »; « La » and « L’ » stay (« de La Tuque »).
 */
export const de = (word: string): string => {
  const contracted = article(word);
  if (contracted) return `${contracted.plural ? 'des' : 'du'} ${contracted.rest}`;
  return /^(?:[aeiouàâäéèêëîïôöùûüœæ]|y(?![aeiouàâäéèêëîïôöùûü]))/i.test(word) || MUTE_H.test(word)
    ? `d’${word}`
    : `de ${word}`;
};

/**
 * « à » before a place or a name, contracted with its leading article as French
 * writes it: « au Havre », « aux Îles-de-la-Madeleine », but « à La Tuque », « à
 * L’Isle-Verte », « à Chandler ».
 */
export const a = (name: string): string => {
  const contracted = article(name);
  return contracted ? `${contracted.plural ? 'aux' : 'au'} ${contracted.rest}` : `à ${name}`;
};

/**
 * Every interface string of the site, in French (Canada). Another language is a
 * sibling file with the same keys.
 */
export const fr = {
  lang: 'fr-CA',
  /** The language switch, written in the language it leads to. */
  language: {
    /** The link to this page's translation. */
    name: 'Français',
    /** The link to the home page, on a page without a translation. */
    home: 'Accueil en français',
  },
  /** A label before its value: `Site web :` in French, `Website:` in English. */
  withColon: (text: string) => `${text}\u00a0:`,
  skipToContent: 'Aller au contenu',
  nav: {
    label: 'Navigation principale',
    home: 'Accueil',
    releases: 'Communiqués',
    tags: 'Étiquettes',
    members: 'Membres',
    contacts: 'Contacts',
    mediaLibrary: 'Médiathèque',
    archives: 'Archives',
  },
  breadcrumbs: {
    label: 'Fil d’Ariane',
  },
  tags: {
    title: 'Étiquettes',
    intro: 'Les communiqués classés par sujet.',
    pageTitle: (label: string, page: number) =>
      page > 1
        ? `Étiquette «\u00a0${label}\u00a0», page ${page}`
        : `Étiquette «\u00a0${label}\u00a0»`,
    heading: (label: string) => `Communiqués sur «\u00a0${label}\u00a0»`,
  },
  members: {
    title: 'Membres',
    intro: 'Les organisations dont parlent les communiqués.',
    kinds: {
      company: 'Entreprises',
      municipality: 'Municipalités',
      organisation: 'Organismes',
    },
    kind: {
      company: 'Entreprise',
      municipality: 'Municipalité',
      organisation: 'Organisme',
    },
    pageTitle: (name: string, page: number) => (page > 1 ? `${name}, page ${page}` : name),
    people: 'Personnes',
    website: 'Site web',
    about: 'À propos',
    releases: 'Communiqués',
    none: 'Aucun communiqué ne mentionne encore cette organisation.',
  },
  archives: {
    year: (year: number | string) => `Communiqués de ${year}`,
    month: (label: string) => `Communiqués ${de(label)}`,
    day: (label: string) => `Communiqués du ${label}`,
    /** Before the link to the day's section, on a day's former address. */
    dayMoved: 'Les communiqués d’un jour sont maintenant sur la page de leur mois :',
    years: 'Années',
  },
  home: {
    title: 'Salle de presse',
    /** Above the newest release, shown large at the top of the home page. */
    featured: 'À la une',
    latest: 'Derniers communiqués',
    allReleases: 'Tous les communiqués',
    /** The link under the home page's press contacts. */
    allContacts: 'Tous les contacts de presse',
    follow: 'Suivre les communiqués',
    followIntro:
      'Recevez chaque nouveau communiqué dès sa publication, dans votre lecteur de flux.',
    explore: 'Explorer',
    /** What each of the home page's « Explorer » links offers. */
    exploreHints: {
      releases: 'Par type et par année',
      mediaLibrary: 'Logos et photos à télécharger',
      tags: 'Les communiqués par sujet',
      members: 'Les organisations et leurs communiqués',
    },
  },
  releases: {
    title: 'Communiqués',
    pageTitle: (page: number) => (page > 1 ? `Communiqués, page ${page}` : 'Communiqués'),
    empty: 'Aucun communiqué publié pour le moment.',
    count: (n: number) => (n <= 1 ? `${n} communiqué` : `${n} communiqués`),
  },
  release: {
    /** Shown on a translation the organisation has not published itself, in both languages. */
    unofficialTranslation:
      'Traduction non officielle\u00a0: l’organisme n’a pas publié ce communiqué en anglais\u202f; seul l’original français fait foi.',
    /** `Chandler, le 21 octobre 2013 –`, the dash kept on the date's line. */
    dateline: (city: string, date: string) => `${city}, le ${date}\u00a0–`,
    origin: (city: string, date: string) => `Rédigé ${a(city)}, le ${date}`,
    updated: (date: string) => `Mis à jour le ${date}`,
    endMark: '– 30 –',
    /** Link to the release as plain text (`…/communique.txt`), to copy and paste. */
    textVersion: 'Version texte',
    /** Heading of the release's files beside its text: text version, cover. */
    downloads: 'Téléchargements',
    source: 'Source\u00a0:',
    information: 'Renseignements\u00a0:',
    tags: 'Étiquettes',
    members: 'Organisations concernées',
    related: 'Communiqués connexes',
    previous: 'Communiqué précédent',
    next: 'Communiqué suivant',
    neighbours: 'Autres communiqués',
    draft: 'Brouillon\u00a0: ce communiqué n’est pas publié.',
    embargo: (date: string, time?: string) =>
      `Sous embargo jusqu’au ${date}${time ? ` à ${time}` : ''}\u00a0: ce communiqué n’est pas encore publié.`,
  },
  mediaLibrary: {
    title: 'Médiathèque',
    intro:
      'Photos, logos et portraits à télécharger en haute résolution, avec leurs crédits et leurs droits d’utilisation.',
    empty: 'Aucune image pour le moment.',
    otherImages: 'Autres images',
    kinds: { photo: 'Photo', logo: 'Logo', portrait: 'Portrait' },
    download: (format: string, size: string) => `Télécharger l’original (${format}, ${size})`,
    /** Spoken after the link text, so that each download link is told apart. */
    downloadOf: (title: string) => `\u00a0: ${title}`,
  },
  /** Publication types (a release's `type:`), and the lists of each. */
  types: {
    pressRelease: {
      label: 'Communiqué de presse',
      plural: 'Communiqués de presse',
      count: (n: number) => (n <= 1 ? `${n} communiqué de presse` : `${n} communiqués de presse`),
    },
    mediaAdvisory: {
      label: 'Avis aux médias',
      plural: 'Avis aux médias',
      count: (n: number) => `${n} avis aux médias`,
    },
    statement: {
      label: 'Déclaration',
      plural: 'Déclarations',
      count: (n: number) => (n <= 1 ? `${n} déclaration` : `${n} déclarations`),
    },
    /** Heading of the links to each type's list. */
    nav: 'Par type',
    pageTitle: (plural: string, page: number) => (page > 1 ? `${plural}, page ${page}` : plural),
    /** A feed item's title when its type is not the press release's. */
    feedTitle: (label: string, title: string) => `${label}\u00a0: ${title}`,
  },
  /** The event a media advisory announces. */
  event: {
    title: 'Aide-mémoire',
    when: 'Quand',
    where: 'Où',
    what: 'Quoi',
    accreditation: 'Accréditation',
    /** `le mardi 8 décembre 2026 à 10 h 30`. */
    at: (date: string, time: string) => `le ${date} à ${time}`,
    /** `le mardi 8 décembre 2026, de 10 h 30 à 12 h`. */
    sameDay: (date: string, start: string, end: string) => `le ${date}, de ${start} à ${end}`,
    /** `du mardi 8 décembre 2026 à 10 h 30 au mercredi 9 décembre 2026 à 17 h`. */
    span: (startDate: string, start: string, endDate: string, end: string) =>
      `du ${startDate} à ${start} au ${endDate} à ${end}`,
    addToCalendar: 'Ajouter à mon agenda',
    /** Spoken after the link text: what the file is. */
    calendarFile: '(fichier iCalendar)',
  },
  contacts: {
    title: 'Contacts de presse',
    intro: 'Les personnes à joindre pour une entrevue, une précision ou des photos.',
    empty: 'Aucun contact de presse pour le moment.',
    /** A contact known only by its organisation, with no number or address published. */
    noDetails: 'Aucun nom, téléphone ni courriel publié pour le moment.',
    phone: 'Téléphone\u00a0:',
    mobile: 'Cellulaire\u00a0:',
    email: 'Courriel\u00a0:',
    languages: (languages: readonly string[]) =>
      `Entrevues en ${languages.map((code) => (code === 'en' ? 'anglais' : 'français')).join(' et en ')}`,
    vcard: 'Ajouter au carnet d’adresses',
    /** Spoken after the link text, so that each vCard link is told apart. */
    vcardOf: (name: string) => `(fiche vCard ${de(name)})`,
  },
  pagination: {
    label: 'Pagination',
    previous: 'Page précédente',
    next: 'Page suivante',
    page: (n: number, total: number) => `Page ${n} sur ${total}`,
  },
  notFound: {
    title: 'Page introuvable',
    body: 'La page demandée n’existe pas ou a été déplacée.',
    back: 'Retour à l’accueil',
    list: 'Voir tous les communiqués',
  },
  footer: {
    rights: (name: string) => `© ${name}`,
  },
  theme: {
    /** Toggle button, named by the theme it switches to: this one in the light theme… */
    dark: 'Thème sombre',
    /** …and this one in the dark theme. */
    light: 'Thème clair',
  },
  share: {
    title: 'Partager',
    /** Each network's name, on its link. */
    networks: {
      email: 'Courriel',
      linkedin: 'LinkedIn',
      facebook: 'Facebook',
      bluesky: 'Bluesky',
      x: 'X',
    },
    /** Accessible name of each share link. */
    via: {
      email: 'Partager par courriel',
      linkedin: 'Partager sur LinkedIn',
      facebook: 'Partager sur Facebook',
      bluesky: 'Partager sur Bluesky',
      x: 'Partager sur X',
    },
    copy: 'Copier le lien',
    copied: 'Lien copié',
  },
  readingTime: (minutes: number) => `Lecture\u00a0: ${minutes}\u00a0min`,
  print: {
    url: 'Adresse de ce communiqué\u00a0:',
  },
  seo: {
    /** Open Graph locale (underscore form). */
    ogLocale: 'fr_CA',
    /** schema.org `dateline`: where and when, without the closing dash. */
    dateline: (city: string, date: string) => `${city}, le ${date}`,
    /** Text alternative of a release's generated social card. */
    cardAlt: (title: string, date: string, kind = 'communiqué de presse') =>
      `${title} (${kind} du ${date})`,
    /** Text alternative of the site's social card. */
    siteCardAlt: (title: string, name: string) => `${title} – ${name}`,
  },
  feeds: {
    subscribe: 'S’abonner',
    formats: { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' },
    /** `<link rel="alternate">` titles. */
    siteFeed: (format: string) => `Tous les communiqués (${format})`,
    tagFeed: (label: string, format: string) =>
      `Communiqués sur «\u00a0${label}\u00a0» (${format})`,
    memberFeed: (name: string, format: string) => `Communiqués ${de(name)} (${format})`,
    tagFeedTitle: (label: string, siteTitle: string) =>
      `${siteTitle}\u00a0: «\u00a0${label}\u00a0»`,
    memberFeedTitle: (name: string, siteTitle: string) => `${siteTitle}\u00a0: ${name}`,
    memberFeedDescription: (name: string) => `Les communiqués qui concernent ${name}.`,
    subscribeSite: 'Suivez tous les communiqués dans votre lecteur de flux\u00a0:',
    subscribeTag: (label: string) => `Suivez les communiqués sur «\u00a0${label}\u00a0»\u00a0:`,
    subscribeMember: (name: string) => `Suivez les communiqués ${de(name)}\u00a0:`,
    help: 'Qu’est-ce qu’un flux\u202f?',
    pageTitle: 'S’abonner aux communiqués',
    intro:
      'Un flux (RSS, Atom ou JSON Feed) est une adresse qui annonce les nouveaux communiqués. Un lecteur de flux la consulte pour vous et vous montre chaque communiqué dès sa publication, en entier, sans que vous ayez à revenir sur le site ni à donner votre adresse courriel.',
    howTitle: 'Comment s’abonner',
    how: [
      'Choisissez un lecteur de flux\u00a0: une application sur votre téléphone ou votre ordinateur, un service en ligne, ou votre logiciel de courriel (plusieurs savent lire les flux).',
      'Copiez l’adresse d’un flux ci-dessous (clic droit sur le lien, puis «\u00a0Copier l’adresse du lien\u00a0»).',
      'Dans votre lecteur, choisissez «\u00a0Ajouter un flux\u00a0» ou «\u00a0S’abonner\u00a0», puis collez l’adresse.',
    ],
    whichTitle: 'Quel flux choisir',
    which:
      'Les trois formats donnent les mêmes communiqués\u202f; RSS est le plus répandu. Vous pouvez aussi suivre un seul sujet ou une seule organisation\u00a0: chaque page d’étiquette et chaque page de membre offre son propre flux.',
    siteTitle: 'Tous les communiqués',
    limit: (n: number) => `Les ${n} communiqués les plus récents, en texte intégral.`,
  },
  /** E-mail alerts (`src/alerts/`): the form, `/abonnement/` and `/confidentialite/`. */
  alerts: {
    heading: 'Recevoir les communiqués par courriel',
    intro: 'Un courriel à la publication de chaque communiqué, sur les sujets de votre choix.',
    email: 'Votre adresse courriel',
    topics: 'Sujets',
    all: 'Tous les communiqués',
    tag: (label: string) => `Étiquette «\u00a0${label}\u00a0»`,
    member: (name: string) => `Communiqués ${de(name)}`,
    consent: (org: string) =>
      `J’accepte de recevoir par courriel les communiqués ${de(org)} sur les sujets cochés.`,
    sender: (org: string, address: string) => `Expéditeur\u00a0: ${org}, ${address}.`,
    unsubscribe: (email: string) =>
      `Vous pouvez retirer votre consentement en tout temps\u00a0: chaque courriel contient un lien de désabonnement, ou écrivez à ${email}.`,
    privacyLink: 'Comment nous traitons votre adresse',
    submit: 'M’abonner',
    /** When a subscriber hears of a release: never before it is published. */
    timing:
      'Le courriel part après la publication du communiqué sur ce site\u00a0: pour un communiqué sous embargo, après la levée de l’embargo, jamais avant.',
    pageTitle: 'S’abonner aux alertes par courriel',
    feeds: 'Vous préférez un lecteur de flux, sans donner votre adresse courriel\u202f?',
    feedsLink: 'Les flux RSS, Atom et JSON Feed',
    privacyTitle: 'Politique de confidentialité',
    privacyIntro: (org: string) =>
      `Ce que ${org} recueille sur ce site, pourquoi, et comment exercer vos droits.`,
    siteTitle: 'En consultant le site',
    siteText:
      'Le site ne dépose aucun témoin (cookie), ne mesure pas l’audience et ne charge rien d’un autre site\u00a0: consulter les communiqués ne nous apprend rien sur vous.',
    emailTitle: 'Alertes par courriel',
    collected:
      'Si vous vous abonnez aux alertes, nous recueillons votre adresse courriel, les sujets cochés et la date de votre consentement, pour vous envoyer les communiqués demandés, et rien d’autre.',
    provider: (provider: string, location: string) =>
      `Le formulaire est envoyé directement ${a(provider)}, le service qui conserve les adresses et envoie les courriels pour notre compte\u202f; les adresses sont conservées ${location}.`,
    providerPolicy: (provider: string) => `Politique de confidentialité ${de(provider)}`,
    kept: 'Votre adresse est conservée tant que vous restez abonné\u202f; elle est supprimée quand vous vous désabonnez. Elle n’est ni vendue ni communiquée à quiconque d’autre.',
    contactTitle: 'Vos droits et votre personne-ressource',
    contact: (officer: string) =>
      `Pour consulter, faire corriger ou supprimer vos renseignements, ou pour toute question, écrivez à la personne responsable de la protection des renseignements personnels (${officer})`,
    address: (org: string, address: string) => `${org}, ${address}`,
  },
  /** Images and the MDX components of releases (`src/components/mdx/`). */
  media: {
    /** Under an image: who took it or owns it. */
    credit: (who: string) => `Crédit\u00a0: ${who}`,
    /** Under a quotation: `— Carol Cotton, directrice générale de GIMXPORT`. */
    quoteBy: (name: string, role?: string) => (role ? `— ${name}, ${role}` : `— ${name}`),
    /** A release component used without a required attribute (`npm run check` says so first). */
    missingAttribute: (component: string, attribute: string) =>
      `<${component}>\u00a0: l’attribut ${attribute} est obligatoire (voir le guide de rédaction).`,
    /** Read by screen readers before a key figure. */
    keyFigure: 'Chiffre clé\u00a0:',
    /** Under a release's cover: its original file, e.g. `(JPEG, 275 ko)`. */
    downloadCover: (format: string, size: string) =>
      `Télécharger l’image en haute résolution (${format}, ${size})`,
    /** The « Médias » section of a release: its images in full resolution. */
    section: 'Médias',
    sectionIntro: 'Images en haute résolution, libres de leurs métadonnées privées.',
    download: 'Télécharger',
    /** Spoken after « Télécharger », so that each link is told apart. */
    downloadOf: (name: string) => `l’image ${name}`,
    facts: (width: number, height: number, format: string, size: string) =>
      `${width} × ${height} px, ${format}, ${size}`,
    downloadAll: (count: number, size: string) =>
      `Tout télécharger (${count} ${count > 1 ? 'images' : 'image'} et leurs légendes, ZIP, ${size})`,
    rights: (rights: string) => `Droits\u00a0: ${rights}`,
    /** The text file in `medias.zip`. */
    notes: {
      dimensions: (width: number, height: number, format: string, size: string) =>
        `Dimensions\u00a0: ${width} × ${height} px, ${format}, ${size}`,
      alt: (alt: string) => `Description\u00a0: ${alt}`,
      caption: (caption: string) => `Légende\u00a0: ${caption}`,
      credit: (credit: string) => `Crédit\u00a0: ${credit}`,
      rights: (rights: string | undefined) =>
        `Droits d’utilisation\u00a0: ${rights ?? 'non précisés\u202f; renseignez-vous auprès du contact de presse'}`,
    },
  },
  /** Shown by `npm run dev` only, where a file in error keeps its last valid version. */
  preview: {
    errors:
      'Ce communiqué contient une erreur\u00a0: l’aperçu montre sa dernière version valide. Corrigez le fichier, puis enregistrez-le.',
    warnings: 'À vérifier dans ce communiqué\u00a0:',
    file: (file: string) => `Fichier\u00a0: ${file}`,
    brokenTitle: 'Des fichiers de content/ contiennent des erreurs',
    brokenBody:
      'Un communiqué en erreur qui n’a jamais eu de version valide n’a pas encore de page. Corrigez le fichier et enregistrez-le\u00a0: sa page apparaîtra.',
  },
  search: {
    /** Header search box. */
    label: 'Rechercher',
    placeholder: 'Rechercher un communiqué',
    submit: 'Rechercher',
    /** Search page. */
    title: 'Recherche',
    description: 'Rechercher dans les communiqués de presse.',
    /** Pagefind filter names, shown as the filter groups' headings. */
    filters: { tag: 'Étiquette', member: 'Membre', year: 'Année', type: 'Type' },
    /** Shown by `npm run dev`: the index only exists in a built site. */
    devTitle: 'La recherche n’est pas disponible en développement',
    devBody:
      'L’index de recherche (Pagefind) est créé à la construction du site. Pour essayer la recherche, lancez\u00a0:',
    devCommand: 'npm run build && npm run preview',
    noScript: 'La recherche nécessite JavaScript.',
    /** Pagefind UI strings not in its French translation, or worded for this site. */
    ui: {
      placeholder: 'Rechercher un communiqué',
      clear_search: 'Effacer',
      load_more: 'Plus de résultats',
      search_label: 'Rechercher dans les communiqués',
      filters_label: 'Filtres',
      zero_results: 'Aucun résultat pour [SEARCH_TERM]',
      many_results: '[COUNT] résultats pour [SEARCH_TERM]',
      one_result: '[COUNT] résultat pour [SEARCH_TERM]',
      alt_search: 'Aucun résultat pour [SEARCH_TERM]. Voici les résultats pour [DIFFERENT_TERM]',
      search_suggestion: 'Aucun résultat pour [SEARCH_TERM]. Essayez une autre recherche\u00a0:',
      // « pour », not « de »: the term is whatever was typed, and « de » would need elision.
      searching: 'Recherche en cours pour [SEARCH_TERM]…',
    },
    /**
     * The labels of a result's details. Pagefind UI writes `label: value`, its `: `
     * fixed: the French label ends with the no-break space that goes before the colon.
     */
    resultMeta: { date: 'Date\u00a0' },
  },
} as const;

/** The strings of the site's language. */
export const t = fr;

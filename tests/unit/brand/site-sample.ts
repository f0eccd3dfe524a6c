/** A valid `site.yaml` without a brand block, for the brand's tests to add theirs to. */
export const SITE = `name: Organisme
shortName: Org
title: Salle de presse
description: Des communiqués.
url: https://exemple.org
locale: fr-CA
timeZone: America/Toronto
about: Un organisme.
contacts:
  source: [a]
  information: [a]
`;

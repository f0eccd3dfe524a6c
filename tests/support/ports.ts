/**
 * Ports of the two previews the browser tests use: the real site and the
 * generated fixture newsroom. PREVIEW_PORT lets several checkouts run their
 * browser tests side by side.
 */
export const SITE_PORT = Number(process.env.PREVIEW_PORT ?? 4322);
export const FIXTURE_PORT = SITE_PORT + 1;
/** The dev server the editor's-loop test starts on a copy of content/. */
export const DEV_PORT = SITE_PORT + 2;

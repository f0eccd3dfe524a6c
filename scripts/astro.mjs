// Astro's command line with its telemetry off: the project promises no tracking, and
// Astro would otherwise print its data-collection notice to every editor. The npm
// scripts run Astro through this file (`node scripts/astro.mjs dev`).
process.env.ASTRO_TELEMETRY_DISABLED = '1';
await import(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url).href);

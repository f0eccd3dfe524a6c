// Lets `node` run the project's TypeScript directly (Node 24 strips types
// natively). Sources in src/ import through the `@/` alias (tsconfig.json) and
// without an extension, as Vite and Astro allow; Node's own resolver does neither,
// so this hook maps `@/` to src/ and retries with `.ts`.
import { registerHooks } from 'node:module';

const SRC = new URL('../src/', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const mapped = specifier.startsWith('@/') ? SRC + specifier.slice(2) : specifier;
    try {
      return nextResolve(mapped, context);
    } catch (error) {
      const local = /^(?:\.\.?\/|file:)/.test(mapped);
      if (!local || /\.[cm]?[jt]s$/.test(mapped)) throw error;
      return nextResolve(`${mapped}.ts`, context);
    }
  },
});

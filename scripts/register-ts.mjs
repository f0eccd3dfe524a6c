// Lets `node` run the project's TypeScript directly (Node 24 strips types
// natively). Sources in src/lib/ import siblings without an extension, as Vite
// and Astro allow; Node's own resolver does not, so this hook retries `.ts`.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      if (!relative || /\.[cm]?[jt]s$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

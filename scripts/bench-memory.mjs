/**
 * Preloaded into a build by `npm run bench -- --memory` (NODE_OPTIONS=--import): samples
 * where the build's memory is, every 250 ms, and writes the peaks to BENCH_MEMORY_FILE
 * on exit: the main process's resident set, V8's heap (used and total), memory outside
 * the heap (Buffers, the native side of Skia and sharp), and the largest child
 * process (Pagefind's indexer), read from /proc. With BENCH_MEMORY_TIMELINE, also each
 * sample (seconds, resident set and heap used in MB) to that file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.BENCH_MEMORY_FILE;
if (isMainThread && out) {
  const peak = { rss: 0, heapUsed: 0, heapTotal: 0, external: 0, arrayBuffers: 0, child: 0 };
  const mb = (bytes) => Math.round(bytes / 1048576);
  const childRss = () => {
    let largest = 0;
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        if (!status.includes(`\nPPid:\t${process.pid}\n`)) continue;
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        largest = Math.max(largest, kb * 1024);
      } catch {
        // The process ended meanwhile.
      }
    }
    return largest;
  };
  const timeline = [];
  const started = Date.now();
  const sample = () => {
    const usage = process.memoryUsage();
    if (process.env.BENCH_MEMORY_TIMELINE) {
      timeline.push(
        `${((Date.now() - started) / 1000).toFixed(2)} ${mb(usage.rss)} ${mb(usage.heapUsed)}`,
      );
    }
    for (const key of ['rss', 'heapUsed', 'heapTotal', 'external', 'arrayBuffers']) {
      peak[key] = Math.max(peak[key], usage[key]);
    }
    peak.child = Math.max(peak.child, childRss());
  };
  setInterval(sample, 250).unref();
  process.on('exit', () => {
    sample();
    writeFileSync(
      out,
      JSON.stringify(Object.fromEntries(Object.entries(peak).map(([k, v]) => [k, mb(v)]))),
    );
  });
}

import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { withBenchPage } from './chromiumPage';

const entry = fileURLToPath(new URL('./import-entry.ts', import.meta.url));
const LINES = Number(process.env.LINES ?? '1000000');
await withBenchPage(entry, 'prof', async (page) => {
  page.on('console', (m) => console.log('page:', m.text()));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const r = await page.evaluate((lines) => window.recouvreImportBench.run(lines), LINES);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/imp-prof/p.cpuprofile', JSON.stringify(profile));
  console.log(JSON.stringify({ ...r, summary: undefined, resummary: undefined }));
  // self time by function
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  profile.samples?.forEach((id, k) => {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
  });
  console.log([...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${v.toFixed(0).padStart(6)} ms ${k}`).join('\n'));
});

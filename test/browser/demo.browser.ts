import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/index';

// The demo page (demo/, built by `npm run demo:web` into demo/dist) in Debian's headless Chromium:
// it must show the seed article analysed with Laura Hartman as a person and her quotes badged,
// show pasted markup as text, and it saves the screenshot docs/demo.png. The time to the first
// analysis (page, bundle, models and analysis) is measured and logged, never asserted.
const ROOT = resolve(import.meta.dirname, '../..');
const SITE = join(ROOT, 'demo', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SEED = readFileSync(join(ROOT, 'fixtures', 'seed_akademikern.txt'), 'utf8');
const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** A static file server for demo/dist on 127.0.0.1 and a free port. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

let server: Server;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(join(SITE, 'index.html'))) throw new Error('demo/dist is missing: run `npm run demo:web` first');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  server = await serve(SITE);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
});

/** Opens the demo and waits for the first analysis; returns the page and the times. */
async function openDemo(colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; pageMs: number; wallMs: number; timings: Record<string, number>; cpuMs: number }> {
  // A fresh page in a fresh context: no cache shared with an earlier run.
  const page = await browser.newPage({ viewport: { width: 1280, height: 960 }, colorScheme });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const t0 = performance.now();
  await page.goto(base);
  await page.waitForSelector('body[data-first-analysis-ms]', { timeout: 60_000 });
  const wallMs = performance.now() - t0;
  const pageMs = Number(await page.getAttribute('body', 'data-first-analysis-ms'));
  const timings = JSON.parse((await page.getAttribute('body', 'data-timings')) ?? '{}') as Record<string, number>;
  const { metrics } = await cdp.send('Performance.getMetrics');
  const cpuMs = 1000 * (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
  await cdp.detach();
  expect(errors).toEqual([]);
  return { page, pageMs, wallMs, timings, cpuMs };
}

describe('demo page in headless Chromium', () => {
  it('analyses the seed article: Laura Hartman as PER, her quotes badged; saves docs/demo.png', async () => {
    const { page, pageMs, wallMs, timings: t, cpuMs } = await openDemo();
    console.log(
      `demo: first analysis of the seed article ${pageMs} ms after navigation start (target < 1500 ms; ${wallMs.toFixed(0)} ms wall clock from goto): ` +
        `page script ${t.importStart} ms, library bundle loaded ${t.imported} ms, analysis + render ${t.rendered! - t.analysisStart!} ms; ` +
        `main-thread CPU ${cpuMs.toFixed(0)} ms; load average ${loadavg()[0]!.toFixed(1)}`,
    );
    expect(await page.inputValue('#input')).toBe(SEED);

    const per = await page.$$eval('#output mark.snlp-per', (ms) => ms.map((m) => m.getAttribute('title')));
    expect(per).toContain('Laura Hartman · person');

    const expected = analyze(SEED).quotes.filter((q) => q.speaker?.name === 'Laura Hartman').length;
    expect(expected).toBeGreaterThan(0);
    const badged = await page.$$eval('#output q[id]', (qs) =>
      qs.map((q) => {
        const badge = q.previousElementSibling;
        return badge?.classList.contains('snlp-badge') ? (badge.textContent ?? '') : '';
      }),
    );
    expect(badged.filter((b) => b.includes('Laura Hartman')).length).toBe(expected);
    expect(await page.textContent('#status')).toMatch(/^Klart/);

    await page.screenshot({ path: join(ROOT, 'docs', 'demo.png') });
    await page.close();
  });

  it('shows pasted markup as text: no script runs, no element is made', async () => {
    const { page } = await openDemo();
    const evil = '<script>window.pwned = 1</script> Rubrik\n\n– <img src=x onerror="window.pwned = 2"> Det här är <b>fel</b>, säger Karin Ek.';
    await page.fill('#input', evil);
    await page.click('#run');
    await page.waitForFunction('Number(document.body.dataset.analyses) >= 2');
    expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
    expect(await page.$$('#output script, #output img, #output b')).toEqual([]);
    const shown = await page.textContent('#output .snlp-text');
    expect(shown).toContain('<script>window.pwned = 1</script>');
    expect(shown).toContain('<img src=x onerror="window.pwned = 2">');
    await page.close();
  });

  it('is usable with the keyboard: a quote badge is a link to the speaker in the list', async () => {
    const { page } = await openDemo('dark');
    await page.focus('#output a.snlp-badge');
    await page.keyboard.press('Enter');
    await page.waitForFunction("location.hash.startsWith('#snlp-sp')");
    const target = await page.evaluate<string>("document.querySelector(location.hash)?.textContent ?? ''");
    expect(target).toContain('Laura Hartman');
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes the axe-core WCAG 2.2 AA and best-practice audit in ${scheme} mode (contrast as rendered, names, landmarks, ARIA)`, async () => {
      const { page } = await openDemo(scheme);
      await page.evaluate(AXE);
      const result = await page.evaluate<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[]; passes: { id: string }[] }>(
        "axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] })",
      );
      expect(result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      expect(result.passes.map((p) => p.id)).toContain('color-contrast');
      await page.close();
    });
  }

  it('time to the first analysis, fresh page, median of 5 (logged, not asserted)', async () => {
    // Wall time depends on what else the machine runs; the renderer's main-thread CPU time
    // (Chromium's ThreadTime metric) is what the page itself costs.
    const runs: { ms: number; cpu: number }[] = [];
    for (let i = 0; i < 5; i++) {
      const { page, pageMs, cpuMs } = await openDemo();
      runs.push({ ms: pageMs, cpu: cpuMs });
      await page.close();
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
    const load = `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
    console.log(
      `demo: first analysis of the seed article, median of 5 fresh pages: ${median(runs.map((r) => r.ms))} ms wall (runs ${runs.map((r) => r.ms).join(', ')}), ` +
        `${median(runs.map((r) => r.cpu)).toFixed(0)} ms main-thread CPU; ${load}; target < 1500 ms`,
    );
    expect(runs.every((r) => r.ms > 0)).toBe(true);
  });
});

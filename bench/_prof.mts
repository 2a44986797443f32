import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.goto('http://127.0.0.1:4752/assets/ast_search_transcripts', { waitUntil: 'load' });
await page.locator('html[data-hydrated="true"]').waitFor({ state: 'attached' });
await page.locator('#asset-search').click();
await page.locator('[data-search-ready="true"]').waitFor({ timeout: 60000 });
await page.waitForTimeout(3000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
for (const c of 'cafe') { await page.keyboard.type(c); await page.waitForTimeout(400); }
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const total = profile.samples.length;
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
for (const id of profile.samples) { const n: any = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + 1); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(100 * v / total).toFixed(1)}% ${k}`).join('\n'));
await browser.close();

// Measures the search page in real (not virtual) time: opens each URL in headless Chromium
// over the DevTools protocol, in a fresh browser context (cold cache), and waits until
// search.js has written its timing and transfer figures onto #search-status.
//
// usage: node --experimental-websocket benches/search_query_time.mjs URL...
// e.g. after writing the 10k index with DOSSIER_SEARCH_OUT=/tmp/demo/site (see
// tests/integration/search.rs) and `python3 -m http.server 8811` in /tmp/demo:
//   node --experimental-websocket benches/search_query_time.mjs \
//     'http://127.0.0.1:8811/site/search/?q=defect' 'http://127.0.0.1:8811/site/search/?q=guaido'
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const profile = mkdtempSync(join(tmpdir(), 'dossier-cdp-'));
const chrome = spawn(process.env.DOSSIER_CHROMIUM || 'chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
  '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
]);

// Chromium announces its DevTools endpoint on stderr.
const endpoint = await new Promise((resolve, reject) => {
  let err = '';
  chrome.stderr.on('data', (d) => {
    err += d;
    const m = err.match(/DevTools listening on (ws:\S+)/);
    if (m) resolve(m[1]);
  });
  chrome.on('exit', () => reject(new Error('chromium exited: ' + err)));
});

const ws = new WebSocket(endpoint);
await new Promise((r) => ws.addEventListener('open', r));
let nextId = 1;
const pending = new Map();
ws.addEventListener('message', (event) => {
  const msg = JSON.parse(event.data);
  if (msg.id && pending.has(msg.id)) {
    pending.get(msg.id)(msg);
    pending.delete(msg.id);
  }
});
function send(method, params = {}, sessionId) {
  const id = nextId++;
  ws.send(JSON.stringify({ id, method, params, sessionId }));
  return new Promise((r) => pending.set(id, r));
}

// Submits the same search again: every index file is cached by then, so this times the
// script's own work (ranking and rendering) without the network.
const RERUN = `new Promise((resolve) => {
  const s = document.getElementById('search-status');
  const before = s.dataset.ms;
  document.getElementById('search-form').requestSubmit();
  const poll = setInterval(() => {
    if (s.dataset.ms !== before) { clearInterval(poll); resolve(s.dataset.ms); }
  }, 1);
})`;

/** Loads `url` in a fresh context and returns the page's own figures plus wall time. */
async function measure(url) {
  const { result: ctx } = await send('Target.createBrowserContext');
  const { result: target } = await send('Target.createTarget', { url: 'about:blank', browserContextId: ctx.browserContextId });
  const { result: session } = await send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
  const started = Date.now();
  await send('Page.navigate', { url }, session.sessionId);
  const probe = "(() => { const s = document.getElementById('search-status'); " +
    "return s && s.dataset.ms ? [s.dataset.ms, s.dataset.bytes, s.textContent, s.dataset.rankMs] : null; })()";
  for (;;) {
    const r = await send('Runtime.evaluate', { expression: probe, returnByValue: true }, session.sessionId);
    const value = r.result && r.result.result && r.result.result.value;
    if (value) {
      const wall = Date.now() - started;
      const warm = await send('Runtime.evaluate', { expression: RERUN, awaitPromise: true, returnByValue: true }, session.sessionId);
      await send('Target.disposeBrowserContext', { browserContextId: ctx.browserContextId });
      return {
        url, ms_in_page: Number(value[0]), ranked_ms: Number(value[3]), bytes: Number(value[1]),
        warm_ms: Number(warm.result.result.value), status: value[2], wall_ms: wall,
      };
    }
    if (Date.now() - started > 15000) throw new Error('timed out on ' + url);
    await new Promise((r) => setTimeout(r, 5));
  }
}

for (const url of process.argv.slice(2)) {
  console.log(JSON.stringify(await measure(url)));
}
ws.close();
chrome.kill();

// Time to answer and transfer of the search page (issue 7), measured in real (not virtual) time
// in headless Chromium driven over the DevTools protocol; no npm packages. Three scenarios per
// query, each in a fresh browser context (empty cache):
//
//   link   the page opened with ?q=… as from a link: time from navigation start to the results
//          rendered with their snippets (search.js writes it to #search-status data-ms);
//   link+  the same after visiting the site's front page in that context, as when the link is
//          followed from within the site (the browser process for the site is up; style.css is
//          cached, no search file is);
//   typed  the page opened without a query, the query typed one key every 150 ms (type-ahead
//          prefetch runs meanwhile), then Enter: time from the submit to the results rendered.
//
// For the link scenarios the table also gives the time after the page's HTML arrived, and a
// floor: how long the same browser takes, in a fresh context, to show the site's robots.txt
// (DOMContentLoaded), which no search can beat. On a loaded machine that floor is most of it.
//
// Transfer counts every response body the page received: the page, CSS, script, index files and
// the article pages fetched for snippets (uncompressed; a real host would gzip them).
//
// usage: node --experimental-websocket benches/search_query_time.mjs [--runs N] [--only link,…]
//          SEARCH_URL QUERY…
// e.g. with the 10k corpus built into /tmp/search-out and served under a subpath:
//   mkdir -p /tmp/search-root && ln -sfn /tmp/search-out /tmp/search-root/sub
//   (cd /tmp/search-root && python3 -m http.server 8811 --bind 127.0.0.1 &)
//   node --experimental-websocket benches/search_query_time.mjs --runs 5 \
//     http://127.0.0.1:8811/sub/search/ defect guaido 'maduro oil'
// Node 22 and later have WebSocket without the flag. DOSSIER_CHROMIUM names the browser binary.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
let runs = 3;
let only = null; // --only link,link+ skips the others (Pagefind's test page has no search form)
while (args[0] === '--runs' || args[0] === '--only') {
  if (args[0] === '--runs') runs = Number(args[1]);
  else only = args[1].split(',');
  args.splice(0, 2);
}
const [page, ...queries] = args;
if (!page || !queries.length) {
  console.error('usage: search_query_time.mjs [--runs N] [--only SCENARIO,…] SEARCH_URL QUERY…');
  process.exit(2);
}
const KEY_DELAY_MS = 150;

const profile = mkdtempSync(join(tmpdir(), 'dossier-cdp-'));
const chrome = spawn(process.env.DOSSIER_CHROMIUM || 'chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
  '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
]);
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

/** One DevTools command; rejects on a protocol error. */
function send(method, params = {}, sessionId) {
  const id = nextId++;
  ws.send(JSON.stringify({ id, method, params, sessionId }));
  return new Promise((resolve, reject) => pending.set(id, (msg) => {
    if (msg.error) reject(new Error(method + ': ' + msg.error.message));
    else resolve(msg.result);
  }));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Evaluates `expression` in the page and returns its value. */
async function evaluate(session, expression) {
  const r = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, session);
  return r.result && r.result.value;
}

/** Polls `expression` until it is truthy (15 s at most). */
async function until(session, expression) {
  const started = Date.now();
  for (;;) {
    const value = await evaluate(session, expression);
    if (value) return value;
    if (Date.now() - started > 15000) throw new Error('timed out waiting for ' + expression);
    await sleep(5);
  }
}

/** A fresh browser context (own cache and cookies) with one attached tab. */
async function freshTab() {
  const { browserContextId } = await send('Target.createBrowserContext');
  const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  await send('Page.enable', {}, sessionId);
  return { browserContextId, sessionId };
}

/** Navigates and waits for the load event. */
async function open(session, url) {
  const loaded = new Promise((resolve) => {
    const listener = (event) => {
      const msg = JSON.parse(event.data);
      if (msg.sessionId === session && msg.method === 'Page.loadEventFired') {
        ws.removeEventListener('message', listener);
        resolve();
      }
    };
    ws.addEventListener('message', listener);
  });
  await send('Page.navigate', { url }, session);
  return loaded;
}

// The answer search.js wrote onto the status line, plus every byte the page received.
const ANSWER = `(() => {
  const s = document.getElementById('search-status');
  if (!s || !s.dataset.ms) return null;
  const entries = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'));
  return { ms: Number(s.dataset.ms), bytes: entries.reduce((n, e) => n + e.encodedBodySize, 0),
    status: s.textContent, html: performance.getEntriesByType('navigation')[0].responseEnd };
})()`;

async function link(query, warm) {
  const tab = await freshTab();
  if (warm) await open(tab.sessionId, new URL('../', page).href);
  await send('Page.navigate', { url: page + '?q=' + encodeURIComponent(query) }, tab.sessionId);
  const answer = await until(tab.sessionId, ANSWER);
  await send('Target.disposeBrowserContext', { browserContextId: tab.browserContextId });
  return answer;
}

async function typed(query) {
  const tab = await freshTab();
  await open(tab.sessionId, page);
  // The filters appear once meta.json is in; then give the page a moment to settle.
  await until(tab.sessionId, "!document.getElementById('search-filters').hidden");
  await sleep(300);
  await evaluate(tab.sessionId, "document.getElementById('search-q').focus()");
  for (const ch of query) {
    await send('Input.insertText', { text: ch }, tab.sessionId);
    await sleep(KEY_DELAY_MS);
  }
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  await send('Input.dispatchKeyEvent', { type: 'keyDown', text: '\r', ...enter }, tab.sessionId);
  await send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter }, tab.sessionId);
  const answer = await until(tab.sessionId, ANSWER);
  await send('Target.disposeBrowserContext', { browserContextId: tab.browserContextId });
  return answer;
}

/** The floor: a fresh context showing a plain text file of the same site. */
async function floor() {
  const tab = await freshTab();
  await open(tab.sessionId, new URL('../robots.txt', page).href);
  const ms = await evaluate(tab.sessionId,
    "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
  await send('Target.disposeBrowserContext', { browserContextId: tab.browserContextId });
  return { ms, bytes: 0, status: 'robots.txt shown', html: 0 };
}

const SCENARIOS = {
  link: (q) => link(q, false),
  'link+': (q) => link(q, true),
  typed,
};

const rows = [];
for (const query of queries) {
  for (const [name, measure] of Object.entries(SCENARIOS)) {
    if (only && !only.includes(name)) continue;
    const ms = [], after = [], bytes = [];
    let status = '';
    for (let i = 0; i < runs; i++) {
      const answer = await measure(query);
      ms.push(answer.ms);
      after.push(answer.ms - answer.html);
      bytes.push(answer.bytes);
      status = answer.status;
      console.log(JSON.stringify({ query, scenario: name, ...answer }));
    }
    rows.push({ query, name, ms, after: name === 'typed' ? null : after, bytes, status });
  }
}
if (!only || only.includes('floor')) {
  const ms = [];
  for (let i = 0; i < runs; i++) ms.push((await floor()).ms);
  rows.push({ query: '(none)', name: 'floor', ms, after: null, bytes: [0], status: 'robots.txt shown' });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
console.log(`\n| query | scenario | answer ms: median (min–max of ${runs}) | after the HTML arrived | transfer KB (max) | status |`);
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  const after = r.after ? spread(r.after) : '';
  console.log(`| ${r.query} | ${r.name} | ${spread(r.ms)} | ${after} | ${Math.round(Math.max(...r.bytes) / 1024)} | ${r.status} |`);
}

ws.close();
const exited = new Promise((r) => chrome.on('exit', r));
chrome.kill();
await exited;
try {
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
} catch {
  // Chromium's helper processes can still be writing there; a leftover temp folder is harmless.
}

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
// Transfer counts every response body the page received: the page, CSS, script, index files and
// the article pages fetched for snippets (uncompressed; a real host would gzip them).
//
// usage: node --experimental-websocket benches/search_query_time.mjs [--runs N] SEARCH_URL QUERY…
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
if (args[0] === '--runs') {
  runs = Number(args[1]);
  args.splice(0, 2);
}
const [page, ...queries] = args;
if (!page || !queries.length) {
  console.error('usage: search_query_time.mjs [--runs N] SEARCH_URL QUERY…');
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
    status: s.textContent };
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

const SCENARIOS = {
  link: (q) => link(q, false),
  'link+': (q) => link(q, true),
  typed,
};

const rows = [];
for (const query of queries) {
  for (const [name, measure] of Object.entries(SCENARIOS)) {
    const ms = [], bytes = [];
    let status = '';
    for (let i = 0; i < runs; i++) {
      const answer = await measure(query);
      ms.push(answer.ms);
      bytes.push(answer.bytes);
      status = answer.status;
      console.log(JSON.stringify({ query, scenario: name, ...answer }));
    }
    rows.push({ query, name, ms, bytes, status });
  }
}
ws.close();
chrome.kill();
rmSync(profile, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\n| query | scenario | answer ms: median (min–max of ${runs}) | transfer KB (max) | status |`);
console.log('|---|---|---|---|---|');
for (const r of rows) {
  const ms = `${median(r.ms).toFixed(0)} (${Math.min(...r.ms).toFixed(0)}–${Math.max(...r.ms).toFixed(0)})`;
  console.log(`| ${r.query} | ${r.name} | ${ms} | ${Math.round(Math.max(...r.bytes) / 1024)} | ${r.status} |`);
}

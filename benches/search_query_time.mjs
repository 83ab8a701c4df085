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
// "drawn" is when the browser had drawn that answer: the end of the first task after the next
// animation frame once search.js wrote its answer time (an observer the benchmark adds to the
// page watches for it), so style, layout and paint count too, even when a page puts them off
// until after the answer.
//
// For the link scenarios the table also gives the time after the page's HTML arrived, and a
// floor: how long the same browser takes, in a fresh context, to show the site's robots.txt
// (DOMContentLoaded), which no search can beat. On a loaded machine that floor is most of it.
//
// Where the time went: for each row, the median time at which each kind of file had arrived
// (the page's files grouped by path, digits dropped: "search/docs/#.json"), when the results
// were ranked (search.js's data-rank-ms), and the main thread's time in script and in all tasks
// (DevTools' ScriptDuration and TaskDuration) up to the answer. --trace prints every request of
// every run: path, start, first byte and end, in ms from the moment the answer counts from.
//
// Several search URLs (a change and its baseline, say) are measured in turns, run by run, so
// that they meet the same moments of a machine whose load wanders; compare them only that way.
// With several URLs, the last table pairs each run of a URL with the first URL's run just before
// it and gives the median of those differences and in how many runs the URL was faster: on a
// loaded machine the medians of the runs themselves move by tens of ms from one batch to the
// next, the differences much less.
//
// Transfer counts the response bodies of every file the page requested up to the answer: the
// page, CSS, index files and doc files (uncompressed; a real host would gzip them).
//
// usage: node --experimental-websocket benches/search_query_time.mjs [--runs N] [--only link,…]
//          [--trace] SEARCH_URL… QUERY…
// e.g. with the 10k corpus built into /tmp/search-out and served under a subpath:
//   mkdir -p /tmp/search-root && ln -sfn /tmp/search-out /tmp/search-root/sub
//   (cd /tmp/search-root && python3 -m http.server 8811 --bind 127.0.0.1 &)
//   node --experimental-websocket benches/search_query_time.mjs --runs 5 \
//     http://127.0.0.1:8811/sub/search/ defect guaido 'maduro oil'
// and with a baseline built into /tmp/search-base and linked as /tmp/search-root/base, list
// http://127.0.0.1:8811/base/search/ before the first URL. --only takes scenarios and "floor".
// Node 22 and later have WebSocket without the flag. DOSSIER_CHROMIUM names the browser binary.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
let runs = 3;
let only = null; // --only link,link+ skips the others (Pagefind's test page has no search form)
let trace = false; // --trace prints every run's requests: start, first byte and end, in ms
while (['--runs', '--only', '--trace'].includes(args[0])) {
  if (args[0] === '--trace') {
    trace = true;
    args.shift();
    continue;
  }
  if (args[0] === '--runs') runs = Number(args[1]);
  else only = args[1].split(',');
  args.splice(0, 2);
}
// Every leading http(s) URL is a site to measure (e.g. a change and its baseline).
const sites = [];
while (/^https?:/.test(args[0] || '')) sites.push(args.shift());
const queries = args;
if (!sites.length || !queries.length) {
  console.error('usage: search_query_time.mjs [--runs N] [--only SCENARIO,…] SEARCH_URL… QUERY…');
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

/** Added to every page: once search.js has written its answer time, notes (data-drawn-at) when
 * the frame showing that answer was done. */
const DRAWN = `new MutationObserver(function (changes, observer) {
  var s = document.getElementById('search-status');
  if (!s || !s.dataset.ms) return;
  observer.disconnect();
  requestAnimationFrame(function () {
    setTimeout(function () { s.dataset.drawnAt = String(performance.now()); });
  });
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ms'] });`;

/** A fresh browser context (own cache and cookies) with one attached tab. */
async function freshTab() {
  const { browserContextId } = await send('Target.createBrowserContext');
  const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  await send('Page.enable', {}, sessionId);
  await send('Performance.enable', {}, sessionId);
  await send('Page.addScriptToEvaluateOnNewDocument', { source: DRAWN }, sessionId);
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

// The answer search.js wrote onto the status line, every byte the page received, and when each
// kind of file had arrived (milestones, ms from the moment counted from: navigation start for a
// link, the submit for a typed query). Files are grouped by their path below the site's root
// folder with digits dropped ("search/shards/#.json"); a group's time is its last response
// that started before the answer.
const answerAt = (from) => `(() => {
  const s = document.getElementById('search-status');
  if (!s || !s.dataset.ms || !s.dataset.drawnAt) return null;
  const nav = performance.getEntriesByType('navigation')[0];
  const entries = [nav].concat(performance.getEntriesByType('resource'));
  const ms = Number(s.dataset.ms), from = ${from}, drawn = Number(s.dataset.drawnAt) - from;
  const milestones = { html: nav.responseEnd - from }, requests = [];
  const root = new URL('../', location.href).pathname;
  for (const e of performance.getEntriesByType('resource')) {
    if (e.startTime > from + ms || e.responseEnd < from) continue;
    const path = new URL(e.name).pathname;
    const group = (path.startsWith(root) ? path.slice(root.length) : path).replace(/\\d+/g, '#');
    milestones[group] = Math.max(milestones[group] || 0, e.responseEnd - from);
    requests.push([path.slice(root.length), e.startTime - from, e.responseStart - from, e.responseEnd - from]
      .map((v) => (typeof v === 'number' ? Math.round(v) : v)).join(' '));
  }
  // search.js's own moments: data-rank-ms (ranked) and any other data-…-ms it writes.
  milestones.drawn = drawn;
  for (const key of Object.keys(s.dataset)) {
    if (key === 'ms' || key === 'countsMs' || !key.endsWith('Ms')) continue;
    milestones[key === 'rankMs' ? 'ranked' : key.slice(0, -2)] = Number(s.dataset[key]);
  }
  // Bytes of the files requested up to the answer (the page's own included), whenever they end.
  const sent = entries.filter((e) => e.startTime <= from + ms);
  return { ms, drawn, bytes: sent.reduce((n, e) => n + e.encodedBodySize, 0),
    status: s.textContent, html: nav.responseEnd, milestones, requests };
})()`;

/** Main-thread time the page has spent so far, in ms: running script (compiling included) and
 * all tasks (script, parsing, style, layout). */
async function cpu(session) {
  const { metrics } = await send('Performance.getMetrics', {}, session);
  const get = (name) => 1000 * (metrics.find((m) => m.name === name) || { value: 0 }).value;
  return { script: get('ScriptDuration'), tasks: get('TaskDuration') };
}

/** Waits for the answer, adds the page's CPU time to it and closes the context. */
async function answerOf(tab, before, from = 0) {
  const answer = await until(tab.sessionId, answerAt(from));
  const after = await cpu(tab.sessionId);
  answer.milestones['cpu:script'] = after.script - before.script;
  answer.milestones['cpu:tasks'] = after.tasks - before.tasks;
  await send('Target.disposeBrowserContext', { browserContextId: tab.browserContextId });
  return answer;
}

async function link(site, query, warm) {
  const tab = await freshTab();
  if (warm) await open(tab.sessionId, new URL('../', site).href);
  const before = await cpu(tab.sessionId);
  await send('Page.navigate', { url: site + '?q=' + encodeURIComponent(query) }, tab.sessionId);
  return answerOf(tab, before);
}

async function typed(site, query) {
  const tab = await freshTab();
  await open(tab.sessionId, site);
  // The filters appear once the page is wired up; then give the page a moment to settle.
  await until(tab.sessionId, "!document.getElementById('search-filters').hidden");
  await sleep(300);
  await evaluate(tab.sessionId, "document.getElementById('search-q').focus()");
  for (const ch of query) {
    await send('Input.insertText', { text: ch }, tab.sessionId);
    await sleep(KEY_DELAY_MS);
  }
  const before = await cpu(tab.sessionId);
  // The milestones count from here; search.js's own count starts at the submit, a moment later.
  const from = await evaluate(tab.sessionId, 'performance.now()');
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  await send('Input.dispatchKeyEvent', { type: 'keyDown', text: '\r', ...enter }, tab.sessionId);
  await send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter }, tab.sessionId);
  return answerOf(tab, before, from);
}

/** The floor: a fresh context showing a plain text file of the same site. */
async function floor(site) {
  const tab = await freshTab();
  await open(tab.sessionId, new URL('../robots.txt', site).href);
  const ms = await evaluate(tab.sessionId,
    "performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
  await send('Target.disposeBrowserContext', { browserContextId: tab.browserContextId });
  return { ms, drawn: ms, bytes: 0, status: 'robots.txt shown', html: 0, milestones: {} };
}

const SCENARIOS = {
  link: (site, q) => link(site, q, false),
  'link+': (site, q) => link(site, q, true),
  typed,
};

/** Runs `measure` `runs` times on every site, the sites taking turns run by run, so that a
 * change and its baseline see the same moments of a machine whose load wanders. */
async function interleaved(label, measure) {
  const found = sites.map((site) => ({ site, label, ms: [], drawn: [], after: [], bytes: [], milestones: [], status: '' }));
  for (let i = 0; i < runs; i++) {
    for (const row of found) {
      const answer = await measure(row.site);
      row.ms.push(answer.ms);
      row.drawn.push(answer.drawn);
      row.after.push(answer.ms - answer.html);
      row.bytes.push(answer.bytes);
      row.milestones.push(answer.milestones);
      row.status = answer.status;
      const { requests, ...shown } = answer;
      console.log(JSON.stringify({ site: row.site, label, ...shown }));
      if (trace) console.log('  ' + (requests || []).join('\n  '));
    }
  }
  return found;
}

const rows = [];
for (const query of queries) {
  for (const [name, measure] of Object.entries(SCENARIOS)) {
    if (only && !only.includes(name)) continue;
    for (const row of await interleaved(name, (site) => measure(site, query))) {
      rows.push({ ...row, query, name, after: name === 'typed' ? null : row.after });
    }
  }
}
if (!only || only.includes('floor')) {
  for (const row of await interleaved('floor', floor)) {
    rows.push({ ...row, query: '(none)', name: 'floor', after: null, milestones: [] });
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const siteCol = sites.length > 1 ? ' site |' : '';
const siteOf = (r) => (sites.length > 1 ? ` ${new URL(r.site).pathname} |` : '');
console.log(`\n|${siteCol} query | scenario | answer ms: median (min–max of ${runs}) | drawn | after the HTML arrived | transfer KB (max) | status |`);
console.log(`|${sites.length > 1 ? '---|' : ''}---|---|---|---|---|---|---|`);
for (const r of rows) {
  const after = r.after ? spread(r.after) : '';
  const drawn = r.name === 'floor' ? '' : spread(r.drawn);
  console.log(`|${siteOf(r)} ${r.query} | ${r.name} | ${spread(r.ms)} | ${drawn} | ${after} | ${Math.round(Math.max(...r.bytes) / 1024)} | ${r.status} |`);
}
if (sites.length > 1) {
  console.log(`\n| site | query | scenario | answer: paired difference to ${new URL(sites[0]).pathname} (median, faster in) | drawn: the same |`);
  console.log('|---|---|---|---|---|');
  const paired = (xs, ys) => {
    const d = xs.map((x, i) => x - ys[i]);
    const faster = d.filter((v) => v < 0).length;
    return `${median(d) > 0 ? '+' : ''}${median(d).toFixed(0)} ms (${faster} of ${d.length})`;
  };
  for (const r of rows) {
    const first = rows.find((b) => b.site === sites[0] && b.query === r.query && b.name === r.name);
    if (r.site === sites[0] || r.name === 'floor') continue;
    console.log(`|${siteOf(r)} ${r.query} | ${r.name} | ${paired(r.ms, first.ms)} | ${paired(r.drawn, first.drawn)} |`);
  }
}
// Where the time went: the median of each milestone over the runs that reached it, in order.
console.log('\nmedian milestones, ms (files: last response in; ranked: results scored; cpu: main thread)');
for (const r of rows.filter((r) => r.milestones.length)) {
  const names = [...new Set(r.milestones.flatMap(Object.keys))];
  const at = names.map((n) => [n, median(r.milestones.filter((m) => n in m).map((m) => m[n]))]);
  const timeline = at.filter(([n]) => !n.startsWith('cpu:')).sort((a, b) => a[1] - b[1]);
  const cpuTimes = at.filter(([n]) => n.startsWith('cpu:'));
  const show = (list) => list.map(([n, v]) => `${n} ${v.toFixed(0)}`).join(', ');
  console.log(`${siteOf(r)} ${r.query} ${r.name}: ${show(timeline)}, answer ${median(r.ms).toFixed(0)}; ${show(cpuTimes)}`);
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

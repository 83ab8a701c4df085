// dossier search page (issue 7): reads ?q= and the filter parameters (actor, topic, source,
// year) from the URL, fetches only the index files a query needs (meta.json, the shards its
// terms can live in, the doc chunks of the shown results, the facet lists of active filters),
// ranks, and renders results. The index is written by `src/search.rs`; see its module doc for
// the file layout. Everything from the index or the URL reaches the page through textContent
// or createElement only, never as markup.
(function () {
  'use strict';

  var PAGE = 10; // results rendered at once (each may need its own doc chunk); more on demand
  var MAX_TERMS = 8; // a pasted paragraph must not fetch half the index
  var MAX_SHARDS = 24; // shards are ~32 KB: this keeps any first query under 1 MB
  var MIN_PREFIX = 3; // shorter terms match whole words only: "d*" would load a large share of shards
  var PREFIX_FACTOR = 0.6; // "defect" matching "defection" counts less than an exact hit
  var WINDOW = 240; // characters of excerpt shown around the first hit
  var KINDS = ['actor', 'topic', 'source', 'year'];
  // Letters that NFKD does not decompose but the Rust side (deunicode) transliterates.
  var EXTRA = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ł': 'l', 'ı': 'i' };
  var EXTRA_RE = /[ßæœøđðþłı]/g;
  var MARKS_RE = /\p{M}+/gu;
  // Same definition as Rust's char::is_alphanumeric, which splits index terms.
  var WORD_RE = /[\p{Alphabetic}\p{N}]+/gu;

  var cache = new Map();
  var latest = 0; // generation of the newest search, so a slow older one cannot render over it
  var baseTitle = document.title;
  var stats = { bytes: 0 };
  var stamp = ''; // from meta.json, see load()
  var decoder = new TextDecoder();

  /** Folds text like crate::text::fold: lowercase, accents stripped, a few letters spelled out.
   * NFKD rather than NFD so ligatures, superscripts and roman numerals split as deunicode does.
   * (Non-Latin scripts differ: the index holds deunicode's transliterations, so "putin" finds
   * "Путин" but "Путин" typed in the box does not.) */
  function fold(s) {
    return s.normalize('NFKD').toLowerCase().replace(MARKS_RE, '')
      .replace(EXTRA_RE, function (c) { return EXTRA[c]; });
  }

  /** The distinct folded terms of a query, in order. */
  function queryTerms(q) {
    var seen = [];
    (fold(q).match(WORD_RE) || []).forEach(function (t) {
      if (seen.indexOf(t) < 0 && seen.length < MAX_TERMS) seen.push(t);
    });
    return seen;
  }

  function expands(term) {
    return Array.from(term).length >= MIN_PREFIX;
  }

  /** Whether an indexed (folded) word is a hit for one of the query terms. */
  function hits(word, terms) {
    return terms.some(function (t) { return word === t || (expands(t) && word.startsWith(t)); });
  }

  /** Fetches and parses one index file relative to this page, once, counting bytes. Files other
   * than meta.json carry the index's stamp so a rebuilt site never mixes with cached old files. */
  function load(path) {
    if (!cache.has(path)) {
      cache.set(path, fetch(stamp ? path + '?v=' + encodeURIComponent(stamp) : path).then(function (r) {
        if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
        return r.arrayBuffer();
      }).then(function (buf) {
        stats.bytes += buf.byteLength;
        return JSON.parse(decoder.decode(buf));
      }).catch(function (error) {
        cache.delete(path); // let the next search retry instead of failing for good
        throw error;
      }));
    }
    return cache.get(path);
  }

  /** Whether a sorts before b in code point order, as Rust sorts the terms (plain `<` compares
   * UTF-16 units, which differs only around astral characters). */
  function before(a, b) {
    if (!/[\ud800-\udfff]/.test(a + b)) return a < b;
    var x = Array.from(a), y = Array.from(b);
    for (var i = 0; i < x.length && i < y.length; i++) {
      if (x[i] !== y[i]) return x[i].codePointAt(0) < y[i].codePointAt(0);
    }
    return x.length < y.length;
  }

  /** Indices of the shards that can hold `term` or, for prefix terms, words starting with it.
   * `keys` are the shards' first terms: shard i holds the terms from keys[i] up to keys[i + 1]. */
  function shardsFor(term, keys) {
    if (!keys.length) return []; // an empty archive has no shards at all
    var lo = 0, hi = keys.length; // find the first key after the term
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (before(term, keys[mid])) hi = mid; else lo = mid + 1;
    }
    var out = [Math.max(lo - 1, 0)];
    // Words that extend the term sort right after it, into the following shards.
    for (var j = lo; expands(term) && j < keys.length && keys[j].startsWith(term); j++) out.push(j);
    return out;
  }

  /** Doc id → best score of one query term over the words it matches. */
  function scoreTerm(term, shards, docs) {
    var scores = new Map();
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (word) {
        var exact = word === term;
        if (!exact && !(expands(term) && word.startsWith(term))) return;
        var list = shard[word];
        var idf = Math.log(1 + docs / (list.length / 2));
        var factor = exact ? 1 : PREFIX_FACTOR;
        for (var j = 0, doc = 0; j < list.length; j += 2) {
          doc += list[j];
          var s = list[j + 1] * idf * factor;
          if (!(scores.get(doc) >= s)) scores.set(doc, s);
        }
      });
    });
    return scores;
  }

  /** Docs matching every term, with summed scores. */
  function combine(perTerm) {
    perTerm.sort(function (a, b) { return a.size - b.size; });
    var out = new Map();
    perTerm[0].forEach(function (score, doc) {
      var total = score;
      for (var i = 1; i < perTerm.length; i++) {
        var s = perTerm[i].get(doc);
        if (s === undefined) return;
        total += s;
      }
      out.set(doc, total);
    });
    return out;
  }

  /** Doc ids carrying one facet value (delta-coded on disk), or an empty set if unknown. */
  function facetDocs(meta, kind, value) {
    var index = (meta.facets[kind] || []).findIndex(function (v) { return v[0] === value; });
    if (index < 0) return Promise.resolve(new Set());
    return load('facets/' + kind + '/' + index + '.json').then(function (gaps) {
      var ids = new Set();
      gaps.reduce(function (id, gap) { ids.add(id + gap); return id + gap; }, 0);
      return ids;
    });
  }

  /** Ranked `[doc, score]` pairs for the query terms and active filters. */
  function search(meta, terms, filters) {
    // Each term always gets the shard it would sit in; the words it is a prefix of share what is
    // left of the budget, so a short common prefix cannot pull in the whole index.
    var share = Math.max(0, Math.floor((MAX_SHARDS - terms.length) / Math.max(terms.length, 1)));
    var wanted = terms.map(function (t) {
      var shards = shardsFor(t, meta.shards).slice(0, 1 + share);
      return Promise.all(shards.map(function (i) { return load('shards/' + i + '.json'); }))
        .then(function (loaded) { return scoreTerm(t, loaded, meta.docs); });
    });
    var sets = Object.keys(filters).map(function (k) { return facetDocs(meta, k, filters[k]); });
    return Promise.all([Promise.all(wanted), Promise.all(sets)]).then(function (r) {
      var scores = terms.length ? combine(r[0]) : allDocs(r[1]);
      var ranked = [];
      scores.forEach(function (score, doc) {
        if (r[1].every(function (set) { return set.has(doc); })) ranked.push([doc, score]);
      });
      // Equal scores keep id order, which is newest first.
      return ranked.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    });
  }

  /** Without query terms, the filters alone select (the first filter's docs; others narrow). */
  function allDocs(sets) {
    var out = new Map();
    if (sets.length) sets[0].forEach(function (doc) { out.set(doc, 0); });
    return out;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  /** Appends `text` to `node`, wrapping words that match the query in <mark>. */
  function highlightInto(node, text, terms) {
    var last = 0;
    text.replace(WORD_RE, function (word, at) {
      if (terms.length && hits(fold(word), terms)) {
        node.append(text.slice(last, at), el('mark', null, word));
        last = at + word.length;
      }
      return word;
    });
    node.append(text.slice(last));
  }

  /** The part of the excerpt around its first hit, cut at spaces. */
  function snippet(excerpt, terms) {
    var first = -1;
    excerpt.replace(WORD_RE, function (word, at) {
      if (first < 0 && terms.length && hits(fold(word), terms)) first = at;
      return word;
    });
    if (excerpt.length <= WINDOW) return excerpt;
    var start = first < WINDOW / 2 ? 0 : excerpt.indexOf(' ', first - WINDOW / 3) + 1;
    var end = excerpt.lastIndexOf(' ', start + WINDOW);
    if (end <= start) end = start + WINDOW;
    return (start > 0 ? '… ' : '') + excerpt.slice(start, end) + (end < excerpt.length ? ' …' : '');
  }

  /** One result: linked title, date and source, actors, snippet. */
  function resultItem(meta, entry, terms) {
    var li = el('li', 'search-result');
    var heading = el('h2', 'search-result-title');
    var link = el('a');
    // Results link relative to this page, which sits one level below the site root.
    link.setAttribute('href', '../' + entry[0]);
    highlightInto(link, entry[1], terms);
    heading.append(link);
    var info = el('p', 'search-result-meta');
    if (entry[2]) {
      var time = el('time', null, entry[2]);
      time.setAttribute('datetime', entry[2]);
      info.append(time);
    }
    if (entry[3] != null) info.append((entry[2] ? ' · ' : '') + meta.facets.source[entry[3]][0]);
    var actors = entry[4].map(function (i) { return meta.facets.actor[i][0]; });
    if (actors.length) {
      var who = el('span', 'search-result-actors');
      highlightInto(who, actors.slice(0, 4).join(', ') + (actors.length > 4 ? ', …' : ''), terms);
      if (info.childNodes.length) info.append(' · ');
      info.append(who);
    }
    var text = el('p', 'search-result-snippet');
    highlightInto(text, snippet(entry[6], terms), terms);
    li.append(heading, info, text);
    return li;
  }

  /** Renders results [from, from + PAGE) into the list, loading their doc chunks. */
  function renderPage(ui, meta, ranked, from, terms, generation) {
    var page = ranked.slice(from, from + PAGE);
    var chunks = Array.from(new Set(page.map(function (r) { return Math.floor(r[0] / meta.chunk); })));
    return Promise.all(chunks.map(function (c) { return load('docs/' + c + '.json'); })).then(function (loaded) {
      if (generation !== latest) return; // a newer search started meanwhile; it owns the list
      page.forEach(function (r) {
        var chunk = loaded[chunks.indexOf(Math.floor(r[0] / meta.chunk))];
        ui.results.append(resultItem(meta, chunk[r[0] % meta.chunk], terms));
      });
      var shown = from + page.length;
      ui.more.hidden = shown >= ranked.length;
      ui.more.onclick = function () {
        renderPage(ui, meta, ranked, shown, terms, generation).catch(function (e) { fail(ui, e); });
      };
    });
  }

  /** Query and filters from the URL. */
  function readParams() {
    var params = new URLSearchParams(location.search);
    var filters = {};
    KINDS.forEach(function (k) {
      var v = (params.get(k) || '').trim();
      if (v) filters[k] = v;
    });
    return { q: (params.get('q') || '').trim(), filters: filters };
  }

  /** Fills the filter selects from meta.json and shows them (they are hidden without JS). */
  function fillFilters(ui, meta, filters) {
    KINDS.forEach(function (kind) {
      var select = ui.form.elements[kind];
      if (!select) return;
      (meta.facets[kind] || []).forEach(function (v) {
        var option = el('option', null, v[0] + ' (' + v[1] + ')');
        option.value = v[0];
        select.append(option);
      });
      select.value = filters[kind] || '';
    });
    ui.filters.hidden = false;
    ui.filters.disabled = false;
  }

  function statusText(count, q, filters) {
    var what = q ? ' for “' + q + '”' : '';
    var narrowed = Object.keys(filters).map(function (k) { return filters[k]; }).join(', ');
    var n = count === 1 ? '1 result' : count.toLocaleString() + ' results';
    return (count === 0 ? 'No results' : n) + what +
      (narrowed ? ' (filtered: ' + narrowed + ')' : '') + '.';
  }

  /** Runs the search described by the current URL and renders it; `started` is when the work
   * began (for the first search, before meta.json was fetched). */
  function run(ui, meta, started) {
    var generation = ++latest;
    var params = readParams();
    var terms = queryTerms(params.q);
    ui.results.replaceChildren();
    ui.more.hidden = true;
    if (!terms.length && !Object.keys(params.filters).length) {
      ui.status.textContent = params.q ? 'Type words to search for.' : '';
      return Promise.resolve();
    }
    ui.status.textContent = 'Searching…';
    document.title = params.q ? params.q + ' – ' + baseTitle : baseTitle;
    return search(meta, terms, params.filters).then(function (ranked) {
      var rankedAt = performance.now();
      return renderPage(ui, meta, ranked, 0, terms, generation).then(function () {
        if (generation !== latest) return;
        ui.status.textContent = statusText(ranked.length, params.q, params.filters);
        // Exposed for measuring: time of this search, bytes fetched since the page loaded.
        ui.status.dataset.ms = (performance.now() - started).toFixed(1);
        ui.status.dataset.rankMs = (rankedAt - started).toFixed(1);
        ui.status.dataset.bytes = String(stats.bytes);
      });
    });
  }

  /** Writes the form's state into the URL, so the search can be linked, and searches. */
  function submit(ui, meta) {
    var params = new URLSearchParams();
    var q = ui.form.elements.q.value.trim();
    if (q) params.set('q', q);
    KINDS.forEach(function (k) {
      var field = ui.form.elements[k];
      if (field && field.value) params.set(k, field.value);
    });
    var query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
    return run(ui, meta, performance.now());
  }

  function fail(ui, error) {
    ui.status.textContent = 'Search is unavailable: ' + error.message;
  }

  function start() {
    var ui = {
      form: document.getElementById('search-form'),
      filters: document.getElementById('search-filters'),
      status: document.getElementById('search-status'),
      results: document.getElementById('search-results'),
      more: document.getElementById('search-more'),
    };
    if (!ui.form || !ui.status || !ui.results || !ui.more) return;
    var started = performance.now();
    var params = readParams();
    ui.form.elements.q.value = params.q;
    load('meta.json').then(function (meta) {
      if (meta.version !== 1) throw new Error('unsupported index version');
      stamp = meta.stamp || '';
      fillFilters(ui, meta, params.filters);
      ui.form.addEventListener('submit', function (event) {
        event.preventDefault();
        submit(ui, meta).catch(function (e) { fail(ui, e); });
      });
      ui.filters.addEventListener('change', function () {
        submit(ui, meta).catch(function (e) { fail(ui, e); });
      });
      return run(ui, meta, started);
    }).catch(function (e) { fail(ui, e); });
  }

  start();
})();

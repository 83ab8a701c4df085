// dossier search page (issue 7): reads ?q= and the filter parameters (actor, topic, source,
// year) from the URL, fetches only the index files a query needs (the shards its terms can live
// in, one small file per shown result; then meta.json and facets.json for the filters), ranks,
// counts the results per filter value, and renders each shown result with a snippet cut around
// the query terms wherever they occur in the article. The index is written by `src/search/`; see
// its module doc for the file layout.
//
// The default search page carries this script inline, with the index's outline (shard keys and
// sizes, stamp, document count) in a JSON block before it, so a linked search requests its
// shards while the page is still being parsed. Loaded as a file from a page without that block,
// it reads the outline from meta.json first. Everything from the index or the URL reaches the
// page through textContent or createElement only, never as markup.
(function () {
  'use strict';

  var PAGE = 10; // results rendered at once (each fetches its own doc file); more on demand
  var FIRST = 5; // of those, shown before the others' doc files are even requested
  var MAX_TERMS = 8; // a pasted paragraph must not fetch half the index
  // Shard bytes one query may fetch (meta.json lists each shard's size), shared by its terms.
  // Each term always gets the shard it would sit in; the words it is a prefix of fill the rest of
  // its share, so a short common prefix cannot pull in the whole index and a first query stays
  // under 1 MB (with the ~200 KB facet table and ten ~6 KB doc files, at 10,000 articles).
  var SHARD_BYTES = 512 * 1024;
  var MIN_PREFIX = 3; // shorter terms match whole words only: "d*" would load a large share of shards
  var PREFIX_FACTOR = 0.6; // "defect" matching "defection" counts less than an exact hit
  var WINDOW = 220; // characters of article text shown around the best passage
  var KINDS = ['actor', 'topic', 'source', 'year'];
  // Letters that NFKD does not decompose but the Rust side (deunicode) transliterates.
  var EXTRA = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ł': 'l', 'ı': 'i' };
  var EXTRA_RE = /[ßæœøđðþłı]/g;
  var MARKS_RE = /\p{M}+/gu;
  var ASCII_RE = /^[\x00-\x7f]*$/;
  var NON_ASCII_RE = /[^\x00-\x7f]/g;
  var foldedChars = new Map(); // alignedFold's memo: an article repeats its few accented letters
  var WORD_CHAR_RE = /[\p{Alphabetic}\p{N}]/u;
  // Same definition as Rust's char::is_alphanumeric, which splits index terms.
  var WORD_RE = /[\p{Alphabetic}\p{N}]+/gu;
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var DIGIT = new Int8Array(128); // character code → digit value
  for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS.charCodeAt(d)] = d;

  var VERSION = 3; // of the index layout, see VERSION in src/search/mod.rs

  var cache = new Map();
  var latest = 0; // generation of the newest search, so a slow older one cannot render over it
  var baseTitle = document.title;
  var stats = { bytes: 0 };
  var stamp = ''; // from the outline, see load()
  var decoder = new TextDecoder();
  var tables = null; // promise of the decoded facets.json, see facetTables()
  var metaLoaded = null; // promise of meta.json, see loadMeta()

  // ---- Text: folding and matching, in step with src/text.rs and src/search/invert.rs ----

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

  /** Index of the query term a word of text matches (exactly, or as its prefix), or -1. Most
   * words are ASCII and need lowercasing only; snippets test every word of an article. */
  function termOf(word, terms) {
    var folded = ASCII_RE.test(word) ? word.toLowerCase() : fold(word);
    for (var i = 0; i < terms.length; i++) {
      if (folded === terms[i] || (expands(terms[i]) && folded.startsWith(terms[i]))) return i;
    }
    return -1;
  }

  // ---- Fetching ----

  /** Fetches one index file relative to this page, once, counting bytes, and parses it. Once
   * the outline is known, file URLs carry the index's stamp so a rebuilt site never mixes with
   * cached old files. */
  function load(path) {
    return fetchOnce(stamp ? path + '?v=' + encodeURIComponent(stamp) : path, JSON.parse);
  }

  /** Fetches `url` once (later calls share the promise) and passes its text to `parse`. */
  function fetchOnce(url, parse) {
    if (!cache.has(url)) {
      cache.set(url, fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
        return r.arrayBuffer();
      }).then(function (buf) {
        stats.bytes += buf.byteLength;
        return parse(decoder.decode(buf));
      }).catch(function (error) {
        cache.delete(url); // let the next search retry instead of failing for good
        throw error;
      }));
    }
    return cache.get(url);
  }

  /** The index's outline written into the page (see the module comment), or null. */
  function inlineOutline() {
    var node = document.getElementById('search-index');
    if (!node) return null;
    try {
      var outline = JSON.parse(node.textContent);
      return outline && outline.version === VERSION ? outline : null;
    } catch (e) {
      return null;
    }
  }

  /** meta.json: the outline again, and the filter values with their counts. Fetched once. */
  function loadMeta() {
    if (!metaLoaded) {
      metaLoaded = load('meta.json').then(function (meta) {
        if (meta.version !== VERSION) throw new Error('unsupported index version');
        return meta;
      });
      metaLoaded.catch(function () { metaLoaded = null; }); // retried by the next search
    }
    return metaLoaded;
  }

  // ---- The inverted index ----

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

  /** Indices of the shards that can hold `term` or, for prefix terms, words starting with it,
   * within `budget` bytes (the shard the term itself would sit in always comes). `keys` are the
   * shards' first terms: shard i holds the terms from keys[i] up to keys[i + 1]. */
  function shardsFor(term, outline, budget) {
    var keys = outline.shards;
    if (!keys.length) return []; // an empty archive has no shards at all
    var lo = 0, hi = keys.length; // find the first key after the term
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (before(term, keys[mid])) hi = mid; else lo = mid + 1;
    }
    var out = [Math.max(lo - 1, 0)];
    budget -= outline.sizes[out[0]];
    // Words that extend the term sort right after it, into the following shards.
    for (var j = lo; expands(term) && j < keys.length && keys[j].startsWith(term); j++) {
      budget -= outline.sizes[j];
      if (budget < 0) break;
      out.push(j);
    }
    return out;
  }

  /** The shard files of every query term, each term's list within its share of the budget. */
  function shardPlan(outline, terms) {
    var share = SHARD_BYTES / Math.max(terms.length, 1);
    return terms.map(function (t) { return shardsFor(t, outline, share); });
  }

  /** One query term's matches: per doc id, its best score over the words the term matches (0:
   * none), and the ids it matches, in the order first met. Dense arrays: a common word lists
   * most of the archive, and Maps of 10,000 entries cost more. Plain loops, no callbacks: a
   * first query runs this code cold, in V8's interpreter. */
  function scoreTerm(term, shards, docs) {
    var scores = new Float64Array(docs), hits = new Int32Array(docs), n = 0;
    for (var k = 0; k < shards.length; k++) {
      var shard = shards[k];
      for (var word in shard) {
        var exact = word === term;
        if (!exact && !(expands(term) && word.startsWith(term))) continue;
        var list = shard[word];
        var weight = Math.log(1 + docs / (list.length / 2)) * (exact ? 1 : PREFIX_FACTOR);
        for (var j = 0, doc = 0; j < list.length; j += 2) {
          doc += list[j];
          var score = list[j + 1] * weight, old = scores[doc];
          if (score > old) {
            if (old === 0) hits[n++] = doc;
            scores[doc] = score;
          }
        }
      }
    }
    return { scores: scores, hits: hits.subarray(0, n) };
  }

  /** The docs matching every term (ids ascending) and their summed scores, found by walking the
   * shortest term's matches; without terms, every doc with score 0. */
  function combine(perTerm, docs) {
    var total = new Float64Array(docs);
    if (!perTerm.length) {
      var all = new Int32Array(docs);
      for (var d = 0; d < docs; d++) all[d] = d;
      return { ids: all, scores: total };
    }
    // One term (most queries): its own matches are the answer, without a pass over them.
    if (perTerm.length === 1) return { ids: perTerm[0].hits.slice().sort(), scores: perTerm[0].scores };
    var shortest = perTerm[0];
    perTerm.forEach(function (t) { if (t.hits.length < shortest.hits.length) shortest = t; });
    var ids = new Int32Array(shortest.hits.length), n = 0;
    outer: for (var h = 0; h < shortest.hits.length; h++) {
      var doc = shortest.hits[h], sum = 0;
      for (var i = 0; i < perTerm.length; i++) {
        var score = perTerm[i].scores[doc];
        if (score === 0) continue outer;
        sum += score;
      }
      total[doc] = sum;
      ids[n++] = doc;
    }
    return { ids: ids.subarray(0, n).sort(), scores: total }; // a typed array sorts numerically
  }

  /** The `count` results from rank `from` on: best score first, then newest (lowest id). The
   * first page is picked in one pass; a later one sorts every result, once. */
  function resultsAt(found, from, count) {
    if (from === 0 && !found.sorted) return best(found.matches, found.scores, count);
    if (!found.sorted) {
      var scores = found.scores;
      found.sorted = Array.from(found.matches).sort(function (a, b) {
        return scores[b] - scores[a] || a - b;
      });
    }
    return found.sorted.slice(from, from + count);
  }

  /** The `k` best of `ids` (ascending) by `scores`, in rank order, in one pass. */
  function best(ids, scores, k) {
    var out = [];
    for (var i = 0; i < ids.length; i++) {
      var doc = ids[i], score = scores[doc];
      if (out.length === k && !(score > scores[out[k - 1]])) continue; // ties: the lower id stays
      var at = Math.min(out.length, k - 1);
      while (at > 0 && scores[out[at - 1]] < score) {
        out[at] = out[at - 1];
        at--;
      }
      out[at] = doc;
    }
    return out;
  }

  // ---- Facets: filtering and live counts ----

  /** Decodes facets.json (per kind: code width and one string of each doc's codes, a comma
   * after each doc) into offsets and codes: doc d's values are codes[offsets[d]..offsets[d+1]]. */
  function decodeFacets(json, docs) {
    var out = {};
    KINDS.forEach(function (kind) {
      var width = json[kind][0], s = json[kind][1];
      var offsets = new Int32Array(docs + 1), codes = new Uint16Array(s.length / width);
      var doc = 0, n = 0, value = 0, digits = 0;
      for (var i = 0; i < s.length; i++) {
        var c = s.charCodeAt(i);
        if (c === 44) { offsets[++doc] = n; continue; } // ','
        value = value * 64 + DIGIT[c & 127];
        if (++digits === width) { codes[n++] = value; value = 0; digits = 0; }
      }
      out[kind] = { offsets: offsets, codes: codes };
    });
    return out;
  }

  /** Whether doc `doc` carries value `code` of a decoded facet table. */
  function carries(table, doc, code) {
    for (var i = table.offsets[doc]; i < table.offsets[doc + 1]; i++) {
      if (table.codes[i] === code) return true;
    }
    return false;
  }

  /** Active filters as `[kind, code]` pairs; a value the index does not know gets code -1, which
   * no document carries. */
  function filterCodes(meta, filters) {
    return Object.keys(filters).map(function (kind) {
      var values = meta.facets[kind] || [];
      var code = values.findIndex(function (v) { return v[0] === filters[kind]; });
      return [kind, code];
    });
  }

  /** Whether a doc passes every active filter except those of kind `skip`. */
  function passes(decoded, codes, doc, skip) {
    for (var i = 0; i < codes.length; i++) {
      if (codes[i][0] !== skip && !carries(decoded[codes[i][0]], doc, codes[i][1])) return false;
    }
    return true;
  }

  /** Per kind, the number of `candidates` each value would leave: the docs passing every other
   * kind's filter, so a reader sees what choosing another value of the same kind gives. `all`
   * is the count for "any" value of the kind. */
  function facetCounts(meta, decoded, codes, candidates) {
    var out = {};
    KINDS.forEach(function (kind) {
      var counts = new Int32Array((meta.facets[kind] || []).length);
      var table = decoded[kind], all = 0;
      candidates.forEach(function (doc) {
        if (!passes(decoded, codes, doc, kind)) return;
        all++;
        for (var i = table.offsets[doc]; i < table.offsets[doc + 1]; i++) counts[table.codes[i]]++;
      });
      out[kind] = { all: all, values: counts };
    });
    return out;
  }

  // ---- Searching ----

  /** The documents matching the query terms (every doc without terms, `candidates`), those
   * that also pass the active filters (`matches`), both ids ascending, and their `scores`; see
   * resultsAt for their order. meta.json and the facet table are awaited only when a filter
   * is active: without one, ranking needs nothing but the shards. */
  function search(outline, terms, filters) {
    var wanted = shardPlan(outline, terms).map(function (shards, i) {
      return Promise.all(shards.map(function (s) { return load('shards/' + s + '.json'); }))
        .then(function (loaded) { return scoreTerm(terms[i], loaded, outline.docs); });
    });
    var filtered = Object.keys(filters).length > 0;
    var codes = filtered ? loadMeta().then(function (meta) { return filterCodes(meta, filters); }) : [];
    var decoded = filtered ? facetTables(outline) : null;
    return Promise.all([Promise.all(wanted), codes, decoded]).then(function (r) {
      var found = combine(r[0], outline.docs), codes = r[1];
      var matches = codes.length ? found.ids.filter(function (doc) {
        return passes(r[2], codes, doc, null);
      }) : found.ids;
      return { matches: matches, scores: found.scores, candidates: found.ids, codes: codes, terms: terms };
    });
  }

  /** Searches for `params` and starts loading the doc files of the first page of results, which
   * needs no page element: a linked search does this before the page is parsed. */
  function answer(outline, params) {
    var terms = queryTerms(params.q);
    return search(outline, terms, params.filters).then(function (found) {
      found.rankedAt = performance.now();
      found.page = resultsAt(found, 0, PAGE);
      found.loads = docLoads(found, found.page.slice(0, FIRST));
      return found;
    });
  }

  /** Starts loading the doc files of the results `ids`; each resolves to
   * `{entry, snippet}`, its passage cut as soon as it arrives, so that the work is done while
   * the other files are still on their way rather than all at once when the last is in. */
  function docLoads(found, ids) {
    return ids.map(function (doc) {
      return load('docs/' + doc + '.json').then(function (entry) {
        return { entry: entry, snippet: entry[5] ? passage(entry[5], found.terms) : '' };
      });
    });
  }

  /** The decoded facet table, fetched and decoded once. */
  function facetTables(outline) {
    if (!tables) {
      tables = load('facets.json').then(function (json) { return decodeFacets(json, outline.docs); });
      tables.catch(function () { tables = null; }); // retried by the next search
    }
    return tables;
  }

  // ---- Snippets ----

  /** Where the words of `text` that match a query term start, in order (`at`), and the term
   * each matches (`term`, the first that does, as termOf). A doc's text is up to 16 KB, thousands
   * of words, and testing each was most of a linked search's time after its doc files arrived:
   * the terms are looked up with indexOf in a folded copy of the text instead, and a hit counts
   * where a word starts (and, for a term too short to expand, ends). */
  function hits(text, terms) {
    var folded = alignedFold(text);
    if (folded === null) return hitsByWord(text, terms);
    var termAt = new Map();
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], whole = !expands(t);
      for (var at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + 1)) {
        // Word boundaries as WORD_RE draws them, in the text itself.
        if (at > 0 && WORD_CHAR_RE.test(text[at - 1])) continue;
        var end = at + t.length;
        if (whole && end < text.length && WORD_CHAR_RE.test(text[end])) continue;
        if (!termAt.has(at)) termAt.set(at, i);
      }
    }
    var positions = Int32Array.from(termAt.keys()).sort();
    var term = Array.from(positions, function (p) { return termAt.get(p); });
    return { at: Array.from(positions), term: term };
  }

  /** `text` folded like fold() character by character, so that every position in the copy is
   * the same position in `text`; null when a character folds to more or less than one (ß,
   * ligatures, a separate accent, astral characters), where only hitsByWord is exact. */
  function alignedFold(text) {
    if (ASCII_RE.test(text)) return text.toLowerCase();
    var aligned = true;
    var folded = text.replace(NON_ASCII_RE, function (c) {
      var f = foldedChars.get(c);
      if (f === undefined) foldedChars.set(c, (f = fold(c)));
      if (f.length !== 1 || (c >= '\ud800' && c <= '\udfff')) aligned = false;
      return f;
    }).toLowerCase();
    return aligned && folded.length === text.length ? folded : null;
  }

  /** hits() the slow way, word by word, for texts alignedFold cannot copy. */
  function hitsByWord(text, terms) {
    var at = [], term = [], m;
    WORD_RE.lastIndex = 0;
    while (terms.length && (m = WORD_RE.exec(text))) {
      var t = termOf(m[0], terms);
      if (t >= 0) {
        at.push(m.index);
        term.push(t);
      }
    }
    return { at: at, term: term };
  }

  /** The passage of `text` with the most distinct query terms (then the most hits) within
   * WINDOW characters, cut at spaces; the start of the text when no word matches. */
  function passage(text, terms) {
    var found = hits(text, terms), at = found.at, term = found.term;
    // Slide a window over the hits: hits [i, j) lie within 80% of WINDOW of hit i.
    var counts = new Int32Array(terms.length), distinct = 0, best = -1, bestKey = -1;
    for (var i = 0, j = 0; i < at.length; i++) {
      for (; j < at.length && at[j] - at[i] < WINDOW * 0.8; j++) {
        if (counts[term[j]]++ === 0) distinct++;
      }
      var key = distinct * 1000 + (j - i);
      if (key > bestKey) {
        bestKey = key;
        best = at[i];
      }
      if (--counts[term[i]] === 0) distinct--;
    }
    return cut(text, best < 0 ? 0 : best);
  }

  /** WINDOW characters of `text` around position `at` (a little context before it), cut at
   * spaces, with ellipses where text was left out. */
  function cut(text, at) {
    if (text.length <= WINDOW) return text;
    var start = at < WINDOW / 4 ? 0 : text.indexOf(' ', at - WINDOW / 5) + 1;
    if (start > at) start = at;
    var end = start + WINDOW >= text.length ? text.length : text.lastIndexOf(' ', start + WINDOW);
    if (end <= start) end = Math.min(text.length, start + WINDOW);
    return (start > 0 ? '… ' : '') + text.slice(start, end) + (end < text.length ? ' …' : '');
  }

  // ---- Rendering ----

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  /** Appends `text` to `node`, wrapping words that match the query in <mark>. */
  function highlightInto(node, text, terms) {
    var last = 0, m;
    WORD_RE.lastIndex = 0;
    while (terms.length && (m = WORD_RE.exec(text))) {
      if (termOf(m[0], terms) < 0) continue;
      node.append(text.slice(last, m.index), el('mark', null, m[0]));
      last = m.index + m[0].length;
    }
    node.append(text.slice(last));
  }

  /** One result: linked title, date and source, actors, snippet. `loaded` is what docLoads
   * gives: `entry`, a doc file (`[url, title, date, source, [actor…], text]`), and its snippet. */
  function resultItem(loaded, terms) {
    var entry = loaded.entry;
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
    if (entry[3] != null) info.append((entry[2] ? ' · ' : '') + entry[3]);
    var actors = entry[4];
    if (actors.length) {
      var who = el('span', 'search-result-actors');
      highlightInto(who, actors.slice(0, 4).join(', ') + (actors.length > 4 ? ', …' : ''), terms);
      if (info.childNodes.length) info.append(' · ');
      info.append(who);
    }
    li.append(heading, info);
    if (loaded.snippet) {
      var snippet = el('p', 'search-result-snippet');
      highlightInto(snippet, loaded.snippet, terms);
      li.append(snippet);
    }
    return li;
  }

  /** Renders the page of results `ids` (ranks from `from` on) from their doc files. `first`
   * are the loads of the first FIRST (started by docLoads: for a linked search, before the page
   * was parsed). They are shown as soon as they are all in, and only then are the others' doc
   * files requested and appended below them, so nothing already shown moves, and the first
   * answer shares neither the connections nor the main thread with results it does not show
   * yet. Resolves when the first are shown. */
  function renderPage(ui, found, from, ids, first, generation) {
    function show(loaded) {
      if (generation !== latest) return false; // a newer search started meanwhile; it owns the list
      loaded.forEach(function (one) { ui.results.append(resultItem(one, found.terms)); });
      return true;
    }
    return Promise.all(first).then(function (loaded) {
      if (!show(loaded)) return;
      Promise.all(docLoads(found, ids.slice(first.length))).then(function (rest) {
        if (!show(rest)) return;
        var shown = from + ids.length;
        ui.more.hidden = shown >= found.matches.length;
        ui.more.onclick = function () {
          var next = resultsAt(found, shown, PAGE);
          renderPage(ui, found, shown, next, docLoads(found, next.slice(0, FIRST)), generation)
            .catch(function (e) { fail(ui, e); });
        };
      }).catch(function (e) { fail(ui, e); });
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

  /** Shows the filter controls, disabled and with no values yet, as soon as the page is wired
   * up (they are hidden without JS), leaving out the kinds the archive has no values of: the
   * outline counts them. Their place is then taken before any result is shown, so filling
   * them later moves nothing. */
  function revealFilters(ui, outline) {
    KINDS.forEach(function (kind) {
      var select = ui.form.elements[kind];
      // An archive without sources (or dates…) gets no control for them.
      if (select && select.parentElement && outline.filters && !outline.filters[kind]) {
        select.parentElement.hidden = true;
      }
    });
    ui.filters.hidden = false;
  }

  /** Fills the filter selects from meta.json and enables them, once: after the first answer,
   * since 400 options cost a linked search a layout. */
  function fillFilters(ui, meta, filters) {
    if (ui.filled) return;
    ui.filled = true;
    KINDS.forEach(function (kind) {
      var select = ui.form.elements[kind];
      if (!select) return;
      (meta.facets[kind] || []).forEach(function (v) {
        var option = el('option');
        option.value = v[0];
        select.append(option);
      });
      select.value = filters[kind] || '';
      if (filters[kind] && select.value !== filters[kind]) {
        // A linked value this index lacks: keep it selectable so the URL's state shows.
        var missing = el('option', null, filters[kind] + ' (0)');
        missing.value = filters[kind];
        select.append(missing);
        select.value = filters[kind];
      }
    });
    showCounts(ui, meta, null);
    ui.filters.disabled = false;
  }

  /** Writes each filter value's count into its option: the results it would leave (`counts`
   * from facetCounts), or the archive totals from meta.json when `counts` is null. Values that
   * would leave nothing are disabled and hidden, unless selected. */
  function showCounts(ui, meta, counts) {
    KINDS.forEach(function (kind) {
      var select = ui.form.elements[kind];
      if (!select) return;
      var values = meta.facets[kind] || [];
      var any = select.options[0];
      if (!('label' in any.dataset)) any.dataset.label = any.textContent;
      any.textContent = any.dataset.label + (counts ? ' (' + grouped(counts[kind].all) + ')' : '');
      for (var i = 0; i < values.length && i + 1 < select.options.length; i++) {
        var option = select.options[i + 1];
        var n = counts ? counts[kind].values[i] : values[i][1];
        var label = values[i][0] + ' (' + grouped(n) + ')';
        if (option.textContent !== label) option.textContent = label;
        option.disabled = option.hidden = n === 0 && !option.selected;
      }
    });
  }

  /** 12345 → "12,345", like the page's English labels (Intl would cost the first search a few
   * milliseconds to load). */
  function grouped(n) {
    return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  }

  function statusText(count, q, filters) {
    var what = q ? ' for “' + q + '”' : '';
    var narrowed = Object.keys(filters).map(function (k) { return filters[k]; }).join(', ');
    var n = count === 1 ? '1 result' : grouped(count) + ' results';
    return (count === 0 ? 'No results' : n) + what +
      (narrowed ? ' (filtered: ' + narrowed + ')' : '') + '.';
  }

  /** Runs the search described by the current URL and renders it; `started` is when the reader
   * asked (for a page opened with ?q=, the navigation start: performance.now() counts from it).
   * `pending` is the answer for these parameters if it was started already. */
  function run(ui, outline, started, pending) {
    var generation = ++latest;
    var params = readParams();
    ui.results.replaceChildren();
    ui.more.hidden = true;
    if (!queryTerms(params.q).length && !Object.keys(params.filters).length) {
      ui.status.textContent = params.q ? 'Type words to search for.' : '';
      return loadMeta().then(function (meta) {
        fillFilters(ui, meta, params.filters);
        showCounts(ui, meta, null);
      });
    }
    ui.status.textContent = 'Searching…';
    document.title = params.q ? params.q + ' – ' + baseTitle : baseTitle;
    return (pending || answer(outline, params)).then(function (found) {
      if (generation !== latest) return;
      return renderPage(ui, found, 0, found.page, found.loads, generation).then(function () {
        if (generation !== latest) return;
        ui.status.textContent = statusText(found.matches.length, params.q, params.filters);
        // Exposed for measuring: time to this answer, bytes fetched since the page loaded.
        ui.status.dataset.ms = (performance.now() - started).toFixed(1);
        ui.status.dataset.rankMs = (found.rankedAt - started).toFixed(1);
        ui.status.dataset.bytes = String(stats.bytes);
        return Promise.all([loadMeta(), facetTables(outline)]);
      }).then(function (r) {
        if (!r || generation !== latest) return;
        fillFilters(ui, r[0], params.filters);
        showCounts(ui, r[0], facetCounts(r[0], r[1], found.codes, found.candidates));
        ui.status.dataset.countsMs = (performance.now() - started).toFixed(1);
      });
    });
  }

  /** The filters chosen in the form; until the form's filters are filled (after the first
   * answer), those of the URL. */
  function formFilters(ui) {
    if (!ui.filled) return readParams().filters;
    var filters = {};
    KINDS.forEach(function (k) {
      var field = ui.form.elements[k];
      if (field && field.value) filters[k] = field.value;
    });
    return filters;
  }

  /** Writes the form's state into the URL, so the search can be linked, and searches. */
  function submit(ui, outline, started) {
    var params = new URLSearchParams();
    var q = ui.form.elements.q.value.trim();
    if (q) params.set('q', q);
    var filters = formFilters(ui);
    KINDS.forEach(function (k) {
      if (filters[k]) params.set(k, filters[k]);
    });
    var query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
    return run(ui, outline, started, null);
  }

  /** Type-ahead: while the reader is still typing, fetch the shards the words so far need and,
   * once they are in, if the words are still those and no filter is set, the doc files of the
   * first results, so that pressing Enter finds them here. The facet table otherwise follows the
   * first answer: it grows with the archive (~200 KB at 10,000 articles) and only feeds the
   * filters. */
  function prefetch(ui, outline) {
    var q = ui.form.elements.q.value;
    var quiet = function () {}; // a failed prefetch is retried by the search itself
    if (!queryTerms(q).length || Object.keys(formFilters(ui)).length) return;
    search(outline, queryTerms(q), {}).then(function (found) {
      if (ui.form.elements.q.value !== q) return;
      docLoads(found, resultsAt(found, 0, FIRST)).forEach(function (loading) { loading.catch(quiet); });
    }, quiet);
  }

  function fail(ui, error) {
    ui.status.textContent = 'Search is unavailable: ' + error.message;
  }

  /** Wires the form up once the outline is in, and runs the search the URL asks for (`pending`:
   * its answer, already under way, or null). */
  function wire(outlineLoaded, pending) {
    var ui = {
      form: document.getElementById('search-form'),
      filters: document.getElementById('search-filters'),
      status: document.getElementById('search-status'),
      results: document.getElementById('search-results'),
      more: document.getElementById('search-more'),
    };
    if (!ui.form || !ui.status || !ui.results || !ui.more) return;
    ui.form.elements.q.value = readParams().q;
    outlineLoaded.then(function (outline) {
      revealFilters(ui, outline);
      var first = run(ui, outline, 0, pending);
      ui.form.addEventListener('submit', function (event) {
        event.preventDefault();
        submit(ui, outline, performance.now()).catch(function (e) { fail(ui, e); });
      });
      ui.filters.addEventListener('change', function () {
        submit(ui, outline, performance.now()).catch(function (e) { fail(ui, e); });
      });
      ui.form.elements.q.addEventListener('input', function () { prefetch(ui, outline); });
      return first;
    }).catch(function (e) { fail(ui, e); });
  }

  /** Starts the search the URL asks for at once, before the page is parsed or styled (with the
   * outline inline, its shards are requested right here), then wires the page up when its
   * elements exist. */
  function start() {
    var params = readParams();
    var inline = inlineOutline();
    var outlineLoaded = inline ? Promise.resolve(inline) : loadMeta();
    if (inline) stamp = inline.stamp;
    else outlineLoaded.then(function (meta) { stamp = meta.stamp; }, function () {});
    var wanted = queryTerms(params.q).length || Object.keys(params.filters).length;
    var pending = wanted ? outlineLoaded.then(function (outline) { return answer(outline, params); }) : null;
    if (pending) pending.catch(function () {}); // reported by run(), which awaits it
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { wire(outlineLoaded, pending); });
    } else {
      wire(outlineLoaded, pending);
    }
  }

  start();
})();

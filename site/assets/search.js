/*
 * Crosscheck search: full-text search of the site in the browser, no server, from the index the build writes
 * under search/ (see crosscheck.render.SearchIndex):
 *   manifest.json        {"format": 1, "documents": N, "shards": [first term of each shard],
 *                         "chunks": [first document of each chunk]}
 *   terms/K.json         {"terms": {"term": [codes]}}: for each document holding the term, twice its distance
 *                         from the one before (from 0) plus 1 when the term is in its title
 *   documents/K.json     {"documents": [{"type", "title", "url", "passages", "draft"}]}, urls from the site root
 * The page's #search-results holds data-index, the link to manifest.json relative to this page, and data-root,
 * the site root relative to this page, so links work under any project path (e.g. /repo/search/) and with serve.
 * Every word must match (AND); the last one also matches the words it begins ("hostage" finds "hostages");
 * case and accents do not matter. Documents with every word in their title come first, then those with some,
 * then the rest, each in the site's order. A search loads the manifest, the shards of its words and the chunks
 * of the results shown, PAGE at a time.
 * Text from the index is hostile (scraped reports): results are built with createElement and textContent only.
 */
(function () {
  "use strict";
  var PAGE = 10;
  /* Most shards loaded for the words a short last word begins; past that it matches only whole words. */
  var PREFIX_SHARDS = 4;
  /* Most characters of a passage shown around its first match. */
  var SHOWN = 240;
  var TYPES = {
    event: "Event", report: "Report", person: "Person", place: "Place",
    organisation: "Organisation", outlet: "Outlet", other: "Other"
  };

  /*
   * Folding, the same as the build's (crosscheck.render.SearchTokens: Lucene's StandardTokenizer, lower case,
   * ASCIIFoldingFilter, then combining marks dropped, final sigma and a trailing "'s" dropped). Tested against
   * the same words: src/test/resources/crosscheck/render/search-folding.tsv.
   */
  var MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  /* Letters Lucene folds to ASCII that are not a letter and a mark. */
  var LETTERS = {
    "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o", "\u0111": "d", "\u00f0": "d", "\u0142": "l",
    "\u00fe": "th", "\u0131": "i", "\u0127": "h", "\u0167": "t", "\u0140": "l", "\u017f": "s", "\u0133": "ij",
    "\u014b": "n", "\u0138": "q", "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\uff07": "'",
    "\u03c2": "\u03c3"
  };
  var FOLDED = new RegExp("[" + Object.keys(LETTERS).join("") + "]", "g");
  /* Chinese characters and hiragana are a word each, as Unicode's word boundaries make them. */
  var IDEOGRAPH = "[\\p{sc=Han}\\p{sc=Hiragana}]";
  var WORD = "(?:(?!" + IDEOGRAPH + ")[\\p{L}\\p{N}\\p{M}_])+";
  /* A word as Unicode's word boundaries make it: letters and digits, and between two letters an apostrophe, a
     full stop or a colon, between two digits an apostrophe, a full stop, a comma or a semicolon. */
  var TOKEN = new RegExp(IDEOGRAPH + "|" + WORD + "(?:(?:(?<=[\\p{L}\\p{M}])['\u2019.:\u00b7](?=\\p{L})"
    + "|(?<=\\p{N})['\u2019.,;](?=\\p{N}))" + WORD + ")*", "gu");

  function fold(token) {
    var s = String(token || "").toLowerCase().replace(FOLDED, function (c) { return LETTERS[c]; });
    if (s.normalize) s = s.normalize("NFD").replace(MARKS, "").normalize("NFC").replace(FOLDED, function (c) { return LETTERS[c]; });
    return /'s$/.test(s) ? s.slice(0, -2) : s;
  }

  /* Each word of the text: where it starts and ends, and its folded term. */
  function tokens(text) {
    var out = [];
    var s = String(text || "");
    var m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(s)) !== null) {
      var term = fold(m[0]);
      if (term) out.push({ start: m.index, end: m.index + m[0].length, term: term });
    }
    return out;
  }

  function terms(text) {
    return tokens(text).map(function (t) { return t.term; });
  }

  window.CrosscheckSearch = { fold: fold, terms: terms };

  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  if (!input || !list || !window.fetch || !window.URL || !window.Promise) return;

  var manifestUrl = new URL(list.getAttribute("data-index") || "manifest.json", window.location.href);
  var root = new URL(list.getAttribute("data-root") || "../", window.location.href);
  var loaded = {}; /* url -> promise of its JSON */
  var manifest = null;
  var failed = false;
  var current = 0; /* the latest search; an older one that finishes later shows nothing */
  var shown = null; /* {query, found, match, count}: the results on the page */

  function load(url) {
    var href = new URL(url, manifestUrl).href;
    if (!loaded[href]) {
      loaded[href] = fetch(href, { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      });
      loaded[href].catch(function () { delete loaded[href]; });
    }
    return loaded[href];
  }

  /* The last index i with sorted[i] <= key (0 when none is). */
  function floor(sorted, key) {
    var lo = 0, hi = sorted.length - 1, at = 0;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] <= key) { at = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return at;
  }

  /* The shards to read for a word: its own, and those of the words it begins when it is the last word. */
  function shardsOf(word, prefix) {
    var shards = manifest.shards;
    if (!shards.length) return { shards: [], prefix: false };
    var first = floor(shards, word);
    var last = prefix ? floor(shards, word + "\uffff") : first;
    if (last - first + 1 > PREFIX_SHARDS) return { shards: [first], prefix: false };
    var out = [];
    for (var k = first; k <= last; k++) out.push(k);
    return { shards: out, prefix: prefix };
  }

  /* document -> true when the word is in its title, for every term the word matches. */
  function documentsOf(word, plan, shardJsons) {
    var found = new Map();
    shardJsons.forEach(function (json) {
      var table = json && json.terms ? json.terms : {};
      Object.keys(table).forEach(function (term) {
        if (term !== word && !(plan.prefix && term.lastIndexOf(word, 0) === 0)) return;
        var doc = 0;
        table[term].forEach(function (code) {
          doc += code >> 1;
          if (code & 1) found.set(doc, true);
          else if (!found.has(doc)) found.set(doc, false);
        });
      });
    });
    return found;
  }

  /* Which query word a term of the text matches: the same word, or the last one when it begins the term and
     the search took it as a prefix; -1 for none. */
  function matcher(words, prefix) {
    var last = words[words.length - 1];
    return function (term) {
      for (var i = 0; i < words.length; i++) if (term === words[i]) return i;
      return prefix && term.lastIndexOf(last, 0) === 0 ? words.length - 1 : -1;
    };
  }

  function search(query) {
    var words = [];
    terms(query).forEach(function (w) { if (words.indexOf(w) < 0) words.push(w); });
    var id = ++current;
    if (words.length === 0) { shown = null; clear(); setStatus(""); hideMore(); return Promise.resolve(); }
    if (!manifest) setStatus("Loading the search index…");
    return load(manifestUrl.href).then(function (json) {
      manifest = json;
      var plans = words.map(function (w, i) { return shardsOf(w, i === words.length - 1); });
      return Promise.all(plans.map(function (plan) {
        return Promise.all(plan.shards.map(function (k) { return load("terms/" + k + ".json"); }));
      })).then(function (shardJsons) {
        if (id !== current) return;
        var sets = words.map(function (w, i) { return documentsOf(w, plans[i], shardJsons[i]); });
        sets.sort(function (a, b) { return a.size - b.size; });
        var found = [];
        sets[0].forEach(function (title, doc) {
          var inTitle = 0;
          for (var i = 0; i < sets.length; i++) {
            if (!sets[i].has(doc)) return;
            if (sets[i].get(doc)) inTitle++;
          }
          found.push({ doc: doc, rank: inTitle === sets.length ? 2 : inTitle > 0 ? 1 : 0 });
        });
        found.sort(function (a, b) { return b.rank - a.rank || a.doc - b.doc; });
        shown = { query: query, found: found, match: matcher(words, plans[plans.length - 1].prefix), count: 0 };
        clear();
        return showMore(id);
      });
    }).catch(function () {
      if (id !== current) return;
      failed = true;
      clear();
      hideMore();
      setStatus("The search index could not be loaded.");
    });
  }

  /* Adds the next PAGE results, loading their chunks. */
  function showMore(id) {
    var page = shown.found.slice(shown.count, shown.count + PAGE);
    var chunks = manifest.chunks;
    return Promise.all(page.map(function (r) {
      var k = floor(chunks, r.doc);
      return load("documents/" + k + ".json").then(function (json) {
        var docs = json && Array.isArray(json.documents) ? json.documents : [];
        return docs[r.doc - chunks[k]];
      });
    })).then(function (docs) {
      if (id !== current) return;
      var match = shown.match;
      docs.forEach(function (doc) {
        if (doc && typeof doc.url === "string" && typeof doc.title === "string") list.appendChild(result(doc, match));
      });
      shown.count += page.length;
      var total = shown.found.length;
      if (total === 0) setStatus("No results for “" + shown.query.trim() + "”.");
      else if (total === 1) setStatus("1 result");
      else if (shown.count < total) setStatus(total + " results; the first " + shown.count + " are shown.");
      else setStatus(total + " results");
      if (more) more.hidden = shown.count >= total;
    });
  }

  function setStatus(text) {
    if (status) status.textContent = text;
  }

  function clear() {
    while (list.firstChild) list.removeChild(list.firstChild);
  }

  function hideMore() {
    if (more) more.hidden = true;
  }

  /* Appends the text to parent, the words that match in <mark>. */
  function appendMarked(parent, text, match) {
    var at = 0;
    tokens(text).forEach(function (t) {
      if (match(t.term) < 0) return;
      if (t.start > at) parent.appendChild(document.createTextNode(text.slice(at, t.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(t.start, t.end);
      parent.appendChild(mark);
      at = t.end;
    });
    if (at < text.length) parent.appendChild(document.createTextNode(text.slice(at)));
  }

  /* The passage that matches the most query words (the first of those), cut to about SHOWN characters. */
  function passage(passages, match) {
    var best = null, bestCount = 0;
    passages.forEach(function (p) {
      if (typeof p !== "string") return;
      var seen = {}, count = 0, first = -1;
      tokens(p).forEach(function (t) {
        var w = match(t.term);
        if (w < 0) return;
        if (first < 0) first = t.start;
        if (!seen[w]) { seen[w] = true; count++; }
      });
      if (count > bestCount) { best = { text: p, first: first }; bestCount = count; }
    });
    if (!best) return typeof passages[0] === "string" ? cut(passages[0], 0) : "";
    return cut(best.text, best.first);
  }

  function cut(text, first) {
    if (text.length <= SHOWN) return text;
    var start = Math.max(0, first - SHOWN / 3);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    var end = Math.min(text.length, start + SHOWN);
    if (end < text.length) {
      var lastSpace = text.lastIndexOf(" ", end);
      if (lastSpace > first) end = lastSpace;
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function result(data, match) {
    var li = document.createElement("li");
    li.className = "search-result";
    var type = document.createElement("span");
    type.className = "search-type";
    type.textContent = TYPES[data.type] || String(data.type || "");
    li.appendChild(type);
    li.appendChild(document.createTextNode(" "));
    var link = document.createElement("a");
    link.href = new URL(data.url, root).href;
    appendMarked(link, data.title, match);
    li.appendChild(link);
    if (data.draft === true) { /* only sites built with their drafts (serve, build --drafts) have any */
      var draft = document.createElement("span");
      draft.className = "draft-mark";
      draft.textContent = "Draft";
      li.appendChild(document.createTextNode(" "));
      li.appendChild(draft);
    }
    var text = passage(Array.isArray(data.passages) ? data.passages : [], match);
    if (text) {
      var p = document.createElement("p");
      p.className = "search-text";
      appendMarked(p, text, match);
      li.appendChild(p);
    }
    return li;
  }

  /* Keeps ?q= in the address so a search can be shared and survives Back. */
  function remember() {
    if (!window.history || !window.history.replaceState) return;
    var url = new URL(window.location.href);
    if (input.value.trim()) url.searchParams.set("q", input.value);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url.href);
  }

  var params = new URLSearchParams(window.location.search);
  if (params.has("q")) input.value = params.get("q");

  /* Searches once typing pauses, so that the words on the way to the query load no shards. */
  var typing = null;
  input.addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(function () { failed = false; search(input.value); remember(); }, 150);
  });
  if (input.form) {
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(typing);
      search(input.value);
      remember();
    });
  }
  if (more) {
    more.addEventListener("click", function () {
      if (shown && !failed) showMore(current).catch(function () { setStatus("More results could not be loaded."); });
    });
  }
  search(input.value);
})();

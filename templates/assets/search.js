/*
 * Crosscheck search: matches the words typed into #search against search.json, in the browser, no server.
 * search.json is {"items": [{"type", "title", "url", "text", "draft"}]}, urls from the site root. The page's
 * #search-results holds data-index, the link to search.json relative to this page; the site root is the folder
 * that holds search.json, so the links work under any project path (e.g. /repo/search/).
 * Every word must match (AND), ignoring case and accents; title matches come first; at most 50 results.
 * Results are built with createElement and textContent only.
 */
(function () {
  "use strict";
  var LIMIT = 50;
  var TYPES = {
    event: "Event", report: "Report", person: "Person", place: "Place",
    organisation: "Organisation", outlet: "Outlet", other: "Other"
  };
  var input = document.getElementById("search");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  if (!input || !list || !window.fetch || !window.URL) return;

  var indexUrl = new URL(list.getAttribute("data-index") || "../search.json", window.location.href);
  var root = new URL("./", indexUrl);
  var items = null;
  var failed = false;

  /* Lower case, accents and other combining marks dropped, so "Galánt" matches "galant". */
  function fold(text) {
    var s = String(text || "").toLowerCase();
    if (s.normalize) s = s.normalize("NFD").replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, "");
    return s.replace(/[\u2018\u2019\u02bc]/g, "'");
  }

  function words(query) {
    return fold(query).split(/[\s,;]+/).filter(function (w) { return w.length > 0; });
  }

  function setStatus(text) {
    if (status) status.textContent = text;
  }

  function clear() {
    while (list.firstChild) list.removeChild(list.firstChild);
  }

  function render() {
    var query = input.value;
    var terms = words(query);
    clear();
    if (failed) { setStatus("The search index could not be loaded."); return; }
    if (items === null) { setStatus(terms.length ? "Loading the search index…" : ""); return; }
    if (terms.length === 0) { setStatus(""); return; }
    var phrase = terms.join(" ");
    var found = [];
    for (var i = 0; i < items.length; i++) {
      var item = items[i];
      var inTitle = 0;
      var all = true;
      for (var j = 0; j < terms.length; j++) {
        if (item.t.indexOf(terms[j]) >= 0) inTitle++;
        else if (item.x.indexOf(terms[j]) < 0) { all = false; break; }
      }
      if (!all) continue;
      /* 3: the title starts with the query ("rafah" finds the place Rafah first); 2: every word in the title;
         1: some words in the title; 0: only in the text. Ties keep the index order. */
      var rank = item.t.indexOf(phrase) === 0 ? 3 : inTitle === terms.length ? 2 : inTitle > 0 ? 1 : 0;
      found.push({ item: item, rank: rank, order: i });
    }
    found.sort(function (a, b) { return b.rank - a.rank || a.order - b.order; });
    var shown = Math.min(found.length, LIMIT);
    for (var k = 0; k < shown; k++) list.appendChild(result(found[k].item.data));
    if (found.length === 0) setStatus("No results for “" + query.trim() + "”.");
    else if (found.length > shown) setStatus(found.length + " results; the first " + shown + " are shown. Add words to narrow them.");
    else setStatus(found.length === 1 ? "1 result" : found.length + " results");
  }

  function result(data) {
    var li = document.createElement("li");
    li.className = "search-result";
    var type = document.createElement("span");
    type.className = "search-type";
    type.textContent = TYPES[data.type] || String(data.type || "");
    li.appendChild(type);
    li.appendChild(document.createTextNode(" "));
    var link = document.createElement("a");
    link.href = new URL(String(data.url || ""), root).href;
    link.textContent = String(data.title || "");
    li.appendChild(link);
    if (data.draft === true) { /* only sites built with their drafts (serve, build --drafts) have any */
      var mark = document.createElement("span");
      mark.className = "draft-mark";
      mark.textContent = "Draft";
      li.appendChild(document.createTextNode(" "));
      li.appendChild(mark);
    }
    if (data.text) {
      var text = document.createElement("p");
      text.className = "search-text";
      text.textContent = String(data.text);
      li.appendChild(text);
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

  input.addEventListener("input", function () { render(); remember(); });
  if (input.form) {
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      render();
      remember();
    });
  }

  render();
  fetch(indexUrl.href, { credentials: "same-origin" })
    .then(function (response) {
      if (!response.ok) throw new Error("HTTP " + response.status);
      return response.json();
    })
    .then(function (json) {
      var raw = json && Array.isArray(json.items) ? json.items : [];
      items = raw.filter(function (d) { return d && typeof d.url === "string" && typeof d.title === "string"; })
        .map(function (d) {
          var t = fold(d.title);
          return { data: d, t: t, x: t + " " + fold(d.text) + " " + fold(TYPES[d.type] || d.type) };
        });
      render();
    })
    .catch(function () {
      failed = true;
      render();
    });
})();

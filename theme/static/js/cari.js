/* Search page (/cari/): a small UI over Pagefind's JavaScript API.
 *
 * The address holds the search, so a copied link repeats it:
 *   ?q=kata                               the words
 *   ?urut=terlama                         oldest first ("terbaru": newest first,
 *                                         "relevan": Pagefind's relevance); without
 *                                         urut, the site's default (data-urut,
 *                                         ARSIP_SEARCH_ORDER: newest first)
 *   ?filter.Provinsi=Kalimantan%20Barat   a filter value (repeat for more values)
 * These are the names of the form's own fields (search.html), so the address is
 * simply the form, serialised (the default order left out).
 *
 * Why not Pagefind's ready-made UI: it loads every filter chunk to draw its filter
 * panel before the first result. Here the filter values are written into the page at
 * build time, and Pagefind fetches a filter's data only when a reader picks a value.
 *
 * The index is in shards, a year of articles each, or its quarters or months
 * (arsip_search/shards.py), listed newest first in data-shard-keys. A shard is loaded
 * only when a search needs it (docs/settings.md, "Search"): the first one loaded is
 * Pagefind's primary index (it brings the WebAssembly, once), the others are merged
 * into it. Every dated page of a shard is newer than every page of the next shard, so
 * a search in date order reads the shards in that order and shows a page of results
 * as soon as the shards read so far hold it: older shards are loaded when "Tampilkan
 * lebih banyak" needs them. Relevance, and the counts of an opened filter, need every
 * shard; shards that hold none of the picked filter values (data-bagian) are skipped. Pagefind runs on the page's own thread (noWorker): its worker script would
 * be one more download of the same code.
 *
 * Shard k has the index weight 1 + k * step: for relevance that is nothing, and in a
 * sorted search, where Pagefind scores a result by its place (a whole number), it
 * tells which shard a result is from, so results keep date order across shards
 * (byShard).
 */
(function () {
  "use strict";
  var form = document.getElementById("cari");
  var status = document.getElementById("cari-status");
  var list = document.getElementById("cari-hasil");
  var more = document.getElementById("cari-lagi");
  var clear = document.getElementById("cari-hapus-filter");
  var empty = document.getElementById("cari-kosong");
  if (!form || !status || !list || !more || !window.URLSearchParams) {
    return;
  }
  var PAGE = 10;
  var SORTS = { terbaru: { terbaru: "desc" }, terlama: { terlama: "asc" } };
  var RELEVANCE = "relevan";
  var DEFAULT_ORDER = form.getAttribute("data-urut") || "terbaru";
  var FILTER_PREFIX = "filter.";
  var MESSAGES = JSON.parse(form.getAttribute("data-pesan"));
  var shardBase = form.getAttribute("data-shards");
  var shardKeys = (form.getAttribute("data-shard-keys") || "").split(" ");
  shardKeys = shardKeys.filter(Boolean);
  var step = Number(form.getAttribute("data-weight-step")) || 1e-9;
  var UNDATED = "tanpa-tanggal";
  var input = form.elements.q;
  var order = form.elements.urut;
  var pagefind = null;
  // Shard index -> promise: the shard is (being) loaded into Pagefind.
  var loads = {};
  var primary = -1;
  var shown = [];
  var found = [];
  // The search on screen: its words, Pagefind options and sort, and whether every
  // shard it needs was read (else "Tampilkan lebih banyak" may read more).
  var current = null;
  var complete = true;
  var run = 0;
  // Filter groups whose Pagefind chunk is loaded (the reader opened them): their
  // counts follow the current results; the others keep the archive totals.
  var live = {};
  // Set by a submit (or a search in the address): bring the results into view.
  var reveal = false;

  function fromAddress() {
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    var urut = params.get("urut");
    order.value = SORTS[urut] || urut === RELEVANCE ? urut : DEFAULT_ORDER;
    var boxes = form.querySelectorAll("input[type=checkbox]");
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i];
      box.checked = params.getAll(box.name).indexOf(box.value) !== -1;
      if (box.checked) {
        box.closest("details").open = true;
      }
    }
  }

  function toAddress() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      value = String(value).trim();
      if (value !== "" && !(key === order.name && value === DEFAULT_ORDER)) {
        params.append(key, value);
      }
    });
    var search = params.toString();
    var next = window.location.pathname + (search ? "?" + search : "");
    window.history.replaceState(null, "", next);
  }

  function chosenFilters() {
    var filters = {};
    var count = 0;
    new FormData(form).forEach(function (value, key) {
      if (key.indexOf(FILTER_PREFIX) === 0) {
        var name = key.slice(FILTER_PREFIX.length);
        (filters[name] = filters[name] || []).push(value);
        count++;
      }
    });
    // Values of one filter widen the search (any of them); filters narrow it.
    var any = {};
    Object.keys(filters).forEach(function (name) {
      any[name] = { any: filters[name] };
    });
    return count ? any : null;
  }

  /* "Provinsi: Kalimantan Timur; Kegiatan: Patroli, Pengamanan TPS", as labelled. */
  function filterSummary() {
    var parts = [];
    var groups = form.querySelectorAll("details[data-filter]");
    for (var i = 0; i < groups.length; i++) {
      var picked = groups[i].querySelectorAll("input:checked");
      var names = [];
      for (var j = 0; j < picked.length; j++) {
        names.push(picked[j].parentNode.querySelector(".nilai").textContent);
      }
      if (names.length) {
        parts.push(groups[i].getAttribute("data-label") + ": " + names.join(", "));
      }
    }
    return parts.join("; ");
  }

  function say(text) {
    status.textContent = text;
  }

  /* The CLDR plural category of ``n`` in the page's language ("one", "other"). */
  function pluralCategory(n) {
    try {
      return new Intl.PluralRules(document.documentElement.lang || "id").select(n);
    } catch (e) {
      return "other";
    }
  }

  /* A message of the page's language (search.html, data-pesan) with its blanks
   * ({n}, {q}, {filter}) filled in. A count's message is one text, or one per
   * plural category (arsip_i18n.text.count_forms), chosen by ``count``. */
  function message(key, blanks, count) {
    var text = MESSAGES[key];
    if (typeof text === "object") {
      text = text[pluralCategory(count)] || text.other;
    }
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return blanks && name in blanks ? blanks[name] : whole;
    });
  }

  function number(n) {
    return n.toLocaleString(document.documentElement.lang || "id");
  }

  /* Pagefind's excerpt is HTML with <mark> around the matched words. Copy only its
   * text and its marks: nothing else from an indexed page can become markup here. */
  function excerpt(html) {
    var out = document.createElement("p");
    out.className = "cari-cuplikan";
    var doc = new DOMParser().parseFromString(html || "", "text/html");
    doc.body.childNodes.forEach(function (node) {
      if (node.nodeType === 1 && node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    });
    return out;
  }

  function item(data) {
    var li = document.createElement("li");
    var title = document.createElement("h2");
    var link = document.createElement("a");
    var meta = data.meta || {};
    link.href = data.url;
    link.textContent = meta.title || data.url;
    title.appendChild(link);
    li.appendChild(title);
    var facts = [meta.tanggal, meta.provinsi, meta.media].filter(Boolean);
    if (facts.length) {
      var line = document.createElement("p");
      line.className = "cari-info";
      line.textContent = facts.join(" · ");
      li.appendChild(line);
    }
    li.appendChild(excerpt(data.excerpt));
    return li;
  }

  /* Month names of the result dates (arsip_search.fields.long_date), in each
   * edition's language. */
  var MONTHS = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
  ];

  /* The shard of a result from its date as shown ("5 Februari 2024"): a year, a
   * quarter or a month, whichever the shard list has for that year. */
  function shardOfDate(tanggal) {
    var parts = String(tanggal || "").split(" ");
    var month = (MONTHS.indexOf(parts[1]) % 12) + 1;
    var year = parts[2];
    if (parts.length !== 3 || MONTHS.indexOf(parts[1]) === -1) {
      return shardKeys.indexOf(UNDATED);
    }
    var candidates = [
      year,
      year + "-q" + (Math.floor((month - 1) / 3) + 1),
      year + "-" + (month < 10 ? "0" : "") + month,
    ];
    for (var i = 0; i < candidates.length; i++) {
      if (shardKeys.indexOf(candidates[i]) !== -1) {
        return shardKeys.indexOf(candidates[i]);
      }
    }
    return -1;
  }

  /* The shards (indexes into shardKeys) in the order a sorted search reads them:
   * newest first, or oldest first; undated last either way. */
  function readingOrder(sortName) {
    var keys = shardKeys.slice();
    if (sortName === "terlama") {
      keys = keys.filter(function (key) {
        return key !== UNDATED;
      });
      keys.reverse();
      if (shardKeys.indexOf(UNDATED) !== -1) {
        keys.push(UNDATED);
      }
    }
    return keys.map(function (key) {
      return shardKeys.indexOf(key);
    });
  }

  /* A sorted search over merged shards: Pagefind orders the results by score, which
   * for a sort is the page's place from the end of its own shard's order, times the
   * shard's weight. Put them in reading order (readingOrder), each shard's results in
   * Pagefind's own order; each item says where its shard is in that order (at). The
   * last page of a shard scores 0, which carries no weight: its date tells its shard. */
  function byShard(results, reading) {
    var rank = {};
    reading.forEach(function (shard, i) {
      rank[shard] = i;
    });
    return Promise.all(
      results.map(function (result) {
        var place = Math.round(result.score);
        if (place) {
          var shard = Math.round((result.score / place - 1) / step);
          return { result: result, shard: shard, place: place };
        }
        return result.data().then(function (data) {
          var tanggal = data && data.meta && data.meta.tanggal;
          return { result: result, shard: shardOfDate(tanggal), place: 0 };
        });
      })
    ).then(function (items) {
      items.forEach(function (item) {
        item.at = rank[item.shard] === undefined ? reading.length : rank[item.shard];
      });
      items.sort(function (a, b) {
        return a.at - b.at || b.place - a.place;
      });
      return items;
    });
  }

  function weight(k) {
    return 1 + k * step;
  }

  /* Load shard k into Pagefind (once). The first shard loaded is the primary index:
   * it brings the WebAssembly; the others are merged into it. */
  function load(k) {
    if (!loads[k]) {
      var base = shardBase + shardKeys[k] + "/";
      if (primary === -1) {
        primary = k;
        loads[k] = pagefind
          .options({
            basePath: base,
            baseUrl: form.getAttribute("data-base"),
            excerptLength: 30,
            indexWeight: weight(k),
            noWorker: true,
          })
          .then(function () {
            // An empty search returns once the primary index is loaded.
            return pagefind.search("");
          });
      } else {
        loads[k] = loads[primary].then(function () {
          return pagefind.mergeIndex(base, { indexWeight: weight(k) });
        });
      }
    }
    return loads[k];
  }

  /* The shards that can hold a result with the chosen filters (null: any shard). A
   * value's checkbox lists the shards holding it (data-bagian) unless it is in every
   * shard; values of one filter widen the set, filters narrow it. */
  function candidates() {
    var allowed = null;
    var groups = form.querySelectorAll("details[data-filter]");
    for (var i = 0; i < groups.length; i++) {
      var picked = groups[i].querySelectorAll("input:checked");
      var union = picked.length ? {} : null;
      for (var j = 0; j < picked.length && union; j++) {
        var held = picked[j].getAttribute("data-bagian");
        if (held === null) {
          union = null; // this value is in every shard
        } else {
          held.split(" ").forEach(function (k) {
            union[k] = true;
          });
        }
      }
      if (union) {
        var both = {};
        Object.keys(union).forEach(function (k) {
          if (!allowed || allowed[k]) {
            both[k] = true;
          }
        });
        allowed = both;
      }
    }
    return allowed;
  }

  function loadAll() {
    return Promise.all(
      shardKeys.map(function (key, k) {
        return load(k);
      })
    );
  }

  /* The results of a search: for relevance over every shard; in date order, the
   * results certain to come first, at least ``need`` of them when the archive has
   * that many: shards are read in reading order, one, then two more, then four...,
   * until the shards read hold ``need`` results (or none is left). ``least`` is what
   * the shards loaded so far found: a lower bound of the total until ``complete``. */
  function find(search, need, first, stale) {
    var options = search.options;
    var words = search.words || null; // null: filters alone
    // Shards that hold none of the chosen filter values are not read; if none is
    // left, one shard is searched (and finds nothing).
    var reading = readingOrder(search.sortName).filter(function (k) {
      return !search.shards || search.shards[k];
    });
    if (!reading.length) {
      reading = readingOrder(search.sortName).slice(0, 1);
    }
    if (!search.sortName) {
      return Promise.all(reading.map(load))
        .then(function () {
          return pagefind.debouncedSearch(words, options, 250);
        })
        .then(function (response) {
          if (!response || stale()) {
            return null;
          }
          var results = response.results;
          return { response: response, results: results, complete: true, least: 0 };
        });
    }
    var count = 0;
    while (count < reading.length && loads[reading[count]]) {
      count++;
    }
    count = Math.max(count, 1);
    function attempt(debounce) {
      return Promise.all(reading.slice(0, count).map(load))
        .then(function () {
          if (stale()) {
            return null;
          }
          return debounce
            ? pagefind.debouncedSearch(words, options, 250)
            : pagefind.search(words, options);
        })
        .then(function (response) {
          if (!response || stale()) {
            return null;
          }
          return byShard(response.results, reading).then(function (items) {
            var sure = items
              .filter(function (item) {
                return item.at < count;
              })
              .map(function (item) {
                return item.result;
              });
            var done = count >= reading.length;
            if (sure.length >= need || done) {
              return {
                response: response,
                results: sure,
                complete: done,
                least: response.results.length,
              };
            }
            count = Math.min(reading.length, count * 2);
            return attempt(false);
          });
        });
    }
    return attempt(first);
  }

  /* "{n} berita ditemukan", or "Sedikitnya {n} ..." while older shards are unread. */
  function sayFound(search, done) {
    var count = done.complete ? done.results.length : done.least;
    var blanks = {
      n: number(count),
      q: search.words,
      filter: search.summary
        ? message("dengan_filter", { filter: search.summary })
        : "",
    };
    var key = search.words ? "ada_kata" : "ada";
    say(message(done.complete ? key : key + "_sedikitnya", blanks, count));
  }

  /* Show the next ten results; read older shards first when the ones read so far
   * hold fewer (a search in date order). */
  function showMore(mine) {
    var want = shown.length + PAGE;
    more.hidden = true;
    var ready = Promise.resolve();
    if (!complete && found.length < want) {
      ready = find(current, want, false, function () {
        return mine !== run;
      }).then(function (done) {
        if (!done || mine !== run) {
          return;
        }
        found = done.results;
        complete = done.complete;
        sayFound(current, done);
      });
    }
    return ready
      .then(function () {
        if (mine !== run) {
          return [];
        }
        return Promise.all(
          found.slice(shown.length, want).map(function (result) {
            return result.data();
          })
        );
      })
      .then(function (pages) {
        if (mine !== run) {
          return;
        }
        pages.forEach(function (data) {
          shown.push(data);
          list.appendChild(item(data));
        });
        more.hidden = complete && shown.length >= found.length;
      });
  }

  /* The status line at the top of the screen, focused, so a phone shows the results
   * instead of the form and a screen reader reads the count. Only once per submit. */
  function showResults() {
    if (!reveal) {
      return;
    }
    reveal = false;
    status.focus({ preventScroll: true });
    status.scrollIntoView({ block: "start" });
  }

  /* Counts of the live filter groups from Pagefind's counts for this search; the
   * archive totals (written at build time) when there is no search. */
  function updateCounts(counts) {
    var groups = form.querySelectorAll("details[data-filter]");
    for (var i = 0; i < groups.length; i++) {
      var name = groups[i].getAttribute("data-filter");
      if (!live[name]) {
        continue;
      }
      var values = counts && counts[name];
      var boxes = groups[i].querySelectorAll("input[type=checkbox]");
      for (var j = 0; j < boxes.length; j++) {
        var count = boxes[j].parentNode.querySelector(".jumlah");
        var n = values ? values[boxes[j].value] || 0 : Number(count.getAttribute("data-total"));
        count.textContent = number(n);
      }
      var note = groups[i].querySelector(".cari-filter-ket");
      if (note) {
        note.textContent = message(values ? "angka_hasil" : "angka_semua");
      }
    }
  }

  /* Load one filter's index (only when its group is opened), then recount: counts
   * of the current results need every shard. */
  function goLive(group) {
    var name = group.getAttribute("data-filter");
    if (live[name] || !group.open || !pagefind) {
      return;
    }
    var only = {};
    only[name] = { any: [] };
    loadAll()
      .then(function () {
        return pagefind.preload(null, { filters: only });
      })
      .then(function () {
        live[name] = true;
        search();
      });
  }

  function search() {
    var mine = ++run;
    var words = input.value.trim();
    var filters = chosenFilters();
    var summary = filterSummary();
    if (clear) {
      clear.hidden = !filters;
    }
    toAddress();
    if (empty) {
      empty.hidden = true;
    }
    if (!words && !filters) {
      list.textContent = "";
      more.hidden = true;
      found = [];
      shown = [];
      complete = true;
      say("");
      updateCounts(null);
      return Promise.resolve();
    }
    var options = {};
    if (filters) {
      options.filters = filters;
    }
    // Relevance needs words: filters alone list their articles newest first.
    var sortName = SORTS[order.value] ? order.value : words ? "" : "terbaru";
    if (sortName) {
      options.sort = SORTS[sortName];
    }
    var mySearch = {
      words: words,
      options: options,
      sortName: sortName,
      summary: summary,
      shards: candidates(),
    };
    say(message("mencari"));
    return find(mySearch, PAGE, true, function () {
      return mine !== run;
    })
      .then(function (done) {
        if (!done || mine !== run) {
          return;
        }
        current = mySearch;
        found = done.results;
        complete = done.complete;
        shown = [];
        list.textContent = "";
        updateCounts(done.response.filters);
        if (!found.length) {
          var blanks = {
            q: words,
            filter: summary ? message("dengan_filter", { filter: summary }) : "",
          };
          say(message(words ? "kosong_kata" : "kosong", blanks));
          more.hidden = true;
          if (empty) {
            empty.hidden = false;
          }
          showResults();
          return;
        }
        sayFound(mySearch, done);
        return showMore(mine).then(showResults);
      })
      .catch(function () {
        if (mine === run) {
          say(message("gagal"));
        }
      });
  }

  form.hidden = false;
  fromAddress();
  say(message("memuat"));
  if (!shardKeys.length) {
    say(message("kosong", { filter: "" }));
    return;
  }
  /* Enter before Pagefind's script has loaded must not leave the page: the search
   * runs with what was typed once it is ready. */
  function waitForPagefind(event) {
    event.preventDefault();
  }
  form.addEventListener("submit", waitForPagefind);
  import(shardBase + shardKeys[0] + "/pagefind.js")
    .then(function (module) {
      pagefind = module;
      form.addEventListener("input", search);
      form.addEventListener("change", search);
      form.removeEventListener("submit", waitForPagefind);
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        reveal = true;
        search();
      });
      form.addEventListener(
        "toggle",
        function (event) {
          if (event.target.matches && event.target.matches("details[data-filter]")) {
            goLive(event.target);
          }
        },
        true
      );
      more.addEventListener("click", function () {
        showMore(run);
      });
      if (clear) {
        clear.addEventListener("click", function () {
          var boxes = form.querySelectorAll("input[type=checkbox]:checked");
          for (var i = 0; i < boxes.length; i++) {
            boxes[i].checked = false;
          }
          search();
          input.focus();
        });
      }
      if (!input.value) {
        input.focus();
      } else {
        reveal = true; // a shared link: show what it found
      }
      // A group the address opened (it holds a picked value) keeps the archive
      // totals until the reader changes one of its values: live counts read every
      // shard.
      form.addEventListener("change", function (event) {
        var group = event.target.closest && event.target.closest("details[data-filter]");
        if (group) {
          goLive(group);
        }
      });
      if (input.value || chosenFilters()) {
        return search();
      }
      // Nothing to search yet: load the shard a first search reads first (for
      // relevance, the newest) before anything is typed.
      var first = readingOrder(SORTS[order.value] ? order.value : "terbaru")[0];
      return load(first).then(function () {
        if (status.textContent === message("memuat")) {
          say("");
        }
      });
    })
    .catch(function () {
      say(message("tidak_dimuat"));
    });
})();

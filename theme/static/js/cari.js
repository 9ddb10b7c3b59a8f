/* Search page (/cari/): start the Pagefind UI and keep the query in the URL.
 *
 * ?q=kata           the query, shared by copying the address
 * ?urut=terbaru     sort by date, newest first ("terlama": oldest first)
 * ?filter.Provinsi=Kalimantan%20Barat   preselect a filter (repeat for more values)
 *
 * Paths come from data-* attributes written by the template, so the page works at
 * the site root (invoke serve) and under a sub-path (GitHub Pages project site).
 */
(function () {
  "use strict";
  var root = document.getElementById("cari");
  if (!root || typeof PagefindUI === "undefined") {
    return;
  }
  var params = new URLSearchParams(window.location.search);
  var query = params.get("q") || "";
  var order = params.get("urut") || "";
  var sorts = { terbaru: { terbaru: "desc" }, terlama: { terlama: "asc" } };

  var options = {
    element: "#cari",
    bundlePath: root.getAttribute("data-bundle"),
    baseUrl: root.getAttribute("data-base"),
    showImages: false,
    showSubResults: false,
    excerptLength: 30,
    autofocus: !query,
  };
  if (sorts[order]) {
    options.sort = sorts[order];
  }
  var ui = new PagefindUI(options);

  // The UI's input only has a title: give it a visible label (made here, so the
  // page without JavaScript has no label without a control).
  var input = root.querySelector(".pagefind-ui__search-input");
  if (input) {
    input.id = "cari-kata";
    var label = document.createElement("label");
    label.className = "cari-label";
    label.htmlFor = "cari-kata";
    label.textContent = "Kata yang dicari";
    root.parentNode.insertBefore(label, root);
  }

  var filters = {};
  params.forEach(function (value, key) {
    if (key.indexOf("filter.") === 0) {
      var name = key.slice("filter.".length);
      (filters[name] = filters[name] || []).push(value);
    }
  });
  if (Object.keys(filters).length) {
    ui.triggerFilters(filters);
  }
  if (query) {
    ui.triggerSearch(query);
  }

  function setParam(name, value) {
    var next = new URLSearchParams(window.location.search);
    if (value) {
      next.set(name, value);
    } else {
      next.delete(name);
    }
    var search = next.toString();
    return window.location.pathname + (search ? "?" + search : "") + window.location.hash;
  }

  // The UI has no change event: follow what the reader types in its input.
  root.addEventListener("input", function (event) {
    var target = event.target;
    if (target && target.classList.contains("pagefind-ui__search-input")) {
      window.history.replaceState(null, "", setParam("q", target.value.trim()));
    }
  });

  var orderBox = document.querySelector(".cari-urut");
  var orderSelect = document.getElementById("cari-urut");
  if (orderBox && orderSelect) {
    orderSelect.value = sorts[order] ? order : "";
    orderBox.hidden = false;
    orderSelect.addEventListener("change", function () {
      window.location.assign(setParam("urut", orderSelect.value));
    });
  }
})();

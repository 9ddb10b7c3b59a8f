/*
 * Peta arsip: every element with data-peta becomes a Leaflet map.
 * data-peta holds the map configuration (built with folium at build time);
 * data-peta-data is the URL of the GeoJSON points, data-peta-geojson inline points,
 * data-peta-dasar the base map (Kalimantan's provinces and their borders) and
 * data-peta-kabupaten a province's kabupaten/kota borders, drawn under the tiles:
 * with tiles they are hidden by them, without tiles they are the map.
 * No inline script is needed, so the pages keep the CSP script-src 'self'.
 * Without JavaScript the maps stay hidden and the tables next to them carry the data.
 */
(function () {
  "use strict";

  var WARNA_TITIK = { color: "#5c1010", weight: 1, fillColor: "#b3261e", fillOpacity: 0.75 };
  var WARNA_LINGKARAN = { color: "#0b3d6b", weight: 1, fillColor: "#0b5394", fillOpacity: 0.45 };
  var WARNA_DASAR = {
    daratan: { color: "#7d8a96", weight: 1, fillColor: "#f4f1e8", fillOpacity: 1 },
    tetangga: { color: "#a9b2ba", weight: 1, fillColor: "#e4e6e8", fillOpacity: 1 },
    "batas-provinsi": { color: "#9a6b6b", weight: 1.5, dashArray: "4 3", fill: false },
    "batas-kabupaten": { color: "#8f9aa5", weight: 1, dashArray: "2 3", fill: false }
  };

  /* The base map in a pane below the tiles' (z-index 200), not clickable. */
  function petaDasar(peta, url) {
    var panel = peta.getPane("dasar") || peta.createPane("dasar");
    panel.style.zIndex = 150;
    panel.style.pointerEvents = "none";
    return fetch(url, { credentials: "same-origin" })
      .then(function (jawab) {
        if (!jawab.ok) {
          throw new Error("HTTP " + jawab.status);
        }
        return jawab.json();
      })
      .then(function (data) {
        L.geoJSON(data, {
          pane: "dasar",
          interactive: false,
          style: function (fitur) {
            return WARNA_DASAR[fitur.properties.jenis] || WARNA_DASAR.daratan;
          }
        }).addTo(peta);
      })
      .catch(function () {
        // Tiles (if any) still show the land; the points are drawn regardless.
      });
  }

  function angka(n) {
    var pemisah = document.documentElement.lang === "en" ? "," : ".";
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, pemisah);
  }

  // The map's words in the page's language (_map.html, data-peta-pesan), blanks filled.
  // A count's words are one text, or one per plural category of the page's language
  // (arsip_i18n.text.count_forms: "1 report", "2 reports").
  var PESAN = {
    berita: "{n} berita",
    dilaporkan: "{n} {label} dilaporkan",
    lihat: "Lihat beritanya",
    gagal: "Data peta tidak dapat dimuat; lihat tabel.",
    perbesar: "Perbesar peta",
    perkecil: "Perkecil peta",
    tutup: "Tutup"
  };

  function jenisJumlah(n) {
    try {
      return new Intl.PluralRules(document.documentElement.lang || "id").select(n);
    } catch (e) {
      return "other";
    }
  }

  // ``jumlah``: the count that chooses among a count's words.
  function pesan(kunci, isian, jumlah) {
    var kata = PESAN[kunci];
    if (typeof kata === "object") {
      kata = kata[jenisJumlah(jumlah)] || kata.other;
    }
    return kata.replace(/\{(\w+)\}/g, function (semua, nama) {
      return isian && nama in isian ? isian[nama] : semua;
    });
  }

  function ringkasan(props) {
    var teks = pesan("berita", { n: angka(props.berita) }, props.berita);
    (props.laporan || []).forEach(function (r) {
      teks += "; " + pesan("dilaporkan", { n: angka(r[1]), label: r[0] });
    });
    return teks;
  }

  function isiPopup(props) {
    var kotak = document.createElement("div");
    var judul = document.createElement("strong");
    judul.textContent = props.nama;
    kotak.appendChild(judul);
    var isi = document.createElement("p");
    isi.textContent = ringkasan(props);
    kotak.appendChild(isi);
    var tautan = document.createElement("a");
    tautan.href = props.url;
    tautan.textContent = pesan("lihat");
    kotak.appendChild(tautan);
    return kotak;
  }

  // A cluster shows how many articles its places have, not how many places it holds.
  function ikonKlaster(klaster) {
    var jumlah = 0;
    klaster.getAllChildMarkers().forEach(function (m) {
      jumlah += m.feature ? m.feature.properties.berita : 1;
    });
    var ukuran = jumlah < 10 ? "small" : jumlah < 100 ? "medium" : "large";
    return L.divIcon({
      html: "<div><span>" + angka(jumlah) + "</span></div>",
      className: "marker-cluster marker-cluster-" + ukuran,
      iconSize: L.point(40, 40)
    });
  }

  function tampilkan(peta, cfg, data, simpul) {
    var penanda = {};

    function pasang(fitur, lapisan) {
      lapisan.bindPopup(isiPopup(fitur.properties));
      lapisan.bindTooltip(fitur.properties.nama + ": " + ringkasan(fitur.properties));
      penanda[fitur.properties.id] = lapisan;
    }

    if (cfg.jenis === "lingkaran") {
      L.geoJSON(data, {
        pointToLayer: function (fitur, latlng) {
          var opsi = L.extend({ radius: fitur.properties.radius }, WARNA_LINGKARAN);
          return L.circleMarker(latlng, opsi);
        },
        onEachFeature: pasang
      }).addTo(peta);
      return;
    }

    var kelompok = L.markerClusterGroup
      ? L.markerClusterGroup(L.extend({ iconCreateFunction: ikonKlaster }, cfg.klaster || {}))
      : L.featureGroup();
    kelompok.addLayer(L.geoJSON(data, {
      pointToLayer: function (fitur, latlng) {
        var jari = 6 + Math.min(10, Math.sqrt(fitur.properties.berita) * 2);
        return L.circleMarker(latlng, L.extend({ radius: jari }, WARNA_TITIK));
      },
      onEachFeature: pasang
    }));
    peta.addLayer(kelompok);

    function fokus() {
      var id = decodeURIComponent(window.location.hash.slice(1));
      var sasaran = penanda[id];
      if (!sasaran) {
        return;
      }
      simpul.scrollIntoView({ block: "center" });
      // markercluster's zoomToShowLayer expects icon markers; these are circles, so
      // centre the map and open a popup of its own at the place instead.
      peta.setView(sasaran.getLatLng(), Math.max(peta.getZoom(), 10), { animate: false });
      L.popup()
        .setLatLng(sasaran.getLatLng())
        .setContent(isiPopup(sasaran.feature.properties))
        .openOn(peta);
    }
    window.addEventListener("hashchange", fokus);
    fokus();
  }

  function mulai(simpul) {
    var cfg;
    try {
      cfg = JSON.parse(simpul.getAttribute("data-peta"));
      // Word by word: a page written before a word was added keeps the default.
      var diberi = JSON.parse(simpul.getAttribute("data-peta-pesan")) || {};
      Object.keys(diberi).forEach(function (kunci) {
        PESAN[kunci] = diberi[kunci];
      });
    } catch (e) {
      return;
    }
    simpul.classList.add("peta-aktif");
    var opsi = cfg.peta;
    if (window.matchMedia && window.matchMedia("(pointer: coarse)").matches) {
      // On a touch screen one finger scrolls the page, not the map (else a reader
      // scrolling past a map gets stuck in it); two fingers pan and zoom it.
      opsi = Object.assign({}, cfg.peta, { dragging: false });
    }
    // Leaflet names its buttons in English (title and aria-label): ours, in the
    // page's language, instead.
    var tombolZoom = opsi.zoomControl !== false;
    opsi = Object.assign({}, opsi, { zoomControl: false });
    var peta = L.map(simpul, opsi).setView(cfg.center, cfg.zoom);
    if (tombolZoom) {
      L.control.zoom({ zoomInTitle: pesan("perbesar"), zoomOutTitle: pesan("perkecil") })
        .addTo(peta);
    }
    peta.on("popupopen", function (e) {
      var tutup = e.popup.getElement().querySelector(".leaflet-popup-close-button");
      if (tutup) {
        tutup.setAttribute("aria-label", pesan("tutup"));
      }
    });
    peta.attributionControl.setPrefix("Leaflet");
    var dasar = simpul.getAttribute("data-peta-dasar");
    if (dasar) {
      var kabupaten = simpul.getAttribute("data-peta-kabupaten");
      // The kabupaten/kota borders after the provinces, so they are drawn on top.
      petaDasar(peta, dasar).then(function () {
        if (kabupaten) {
          petaDasar(peta, kabupaten);
        }
      });
      // Short on a phone; the page names the sources and licence under the map.
      peta.attributionControl.addAttribution(
        'Natural Earth, <a href="https://www.geoboundaries.org/">geoBoundaries</a>'
      );
    }
    L.tileLayer(cfg.ubin.url, cfg.ubin.opsi).addTo(peta);
    if (cfg.skala) {
      // Top right: at the bottom a phone's two-line credit would cover it.
      L.control.scale({ imperial: false, position: "topright" }).addTo(peta);
    }
    if (cfg.batas) {
      // No animation: a zoom still animating swallows the setView of fokus() when
      // the points arrive first (a #place link then opened its popup unzoomed).
      peta.fitBounds(cfg.batas, { maxZoom: 9, padding: [24, 24], animate: false });
    }
    var sebaris = simpul.getAttribute("data-peta-geojson");
    if (sebaris) {
      tampilkan(peta, cfg, JSON.parse(sebaris), simpul);
      return;
    }
    fetch(simpul.getAttribute("data-peta-data"), { credentials: "same-origin" })
      .then(function (jawab) {
        if (!jawab.ok) {
          throw new Error("HTTP " + jawab.status);
        }
        return jawab.json();
      })
      .then(function (data) { tampilkan(peta, cfg, data, simpul); })
      .catch(function () {
        // The table beside the map still has the data; say so instead of failing loudly.
        simpul.classList.add("peta-gagal");
        simpul.setAttribute("data-pesan", pesan("gagal"));
      });
  }

  if (!window.L || !document.querySelectorAll) {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll("[data-peta]"), mulai);
})();

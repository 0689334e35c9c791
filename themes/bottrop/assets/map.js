/*
 * Quartier: turns the server-rendered map placeholders (div.map[data-map]) into Leaflet maps.
 * Privacy first: nothing is requested from the tile host before the reader agrees (unless the site
 * switched consent off); Leaflet itself comes from this site. The page works without JavaScript:
 * the list of places stays the accessible path, the map is an addition to it. The district filter
 * (select#bezirk-filter) filters the list and, once loaded, the markers.
 */
(function () {
  'use strict';
  var CONSENT_KEY = 'quartier.mapConsent';
  var views = [];
  var vendorState = {};   // url -> {done: bool, failed: bool, waiting: [callbacks]}
  var district = '';
  // up to this many markers a map groups only those that would cover each other (their centres
  // closer than this many pixels); more are grouped into clusters as the library groups them. A
  // marker's circle is 28 px; a group stands at its members' middle, so it needs a little more room
  // (at 26 px a marker half covered a group on a phone)
  var FEW_MARKERS = 40;
  var COVERING = 30;
  // a popup the map pans into view keeps right of the zoom buttons in the top left corner (10 px
  // margin, 34 px of buttons, 12 px space): below them, a phone's 18rem map cut the popup's last
  // lines off; map.css keeps a popup narrow enough for that on a phone. Its text scrolls where it
  // is taller than the map, so its close button and route link stay reachable.
  var POPUP = { autoPanPaddingTopLeft: [56, 12], autoPanPadding: [12, 12] };
  function popupOptions(map) {
    var o = {};
    for (var k in POPUP) o[k] = POPUP[k];
    o.maxHeight = Math.max(120, map.getSize().y - 90);
    return o;
  }

  var api = window.QuartierMap = {
    maps: [],
    views: views,
    load: function () { loadAll(); },
    district: function () { return district; },
    filter: function (slug) { setDistrict(slug || '', true); },
    markerCount: markerCount,
    todayLine: function (hours, strings, ms) { return todayLine(hours, strings || {}, ms == null ? Date.now() : ms); },
    escapeHtml: escapeHtml,
    formEncode: formEncode
  };

  // ---------------------------------------------------------------- helpers

  function escapeHtml(value) {
    return String(value == null ? '' : value)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  /**
   * A query value encoded as the server encodes it (Java's URLEncoder: space as '+', and also
   * ! ' ( ) ~), so that the popup's route link is the very link the page gives beside the address.
   */
  function formEncode(value) {
    return encodeURIComponent(String(value)).replace(/%20/g, '+').replace(/[!'()~]/g, function (c) {
      return '%' + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  /** Links only to http(s), mailto:, tel: or this site; anything else (javascript: …) is dropped. */
  function safeUrl(url) {
    var s = String(url == null ? '' : url).replace(/^\s+|\s+$/g, '');
    var scheme = /^([a-z][a-z0-9+.\-]*):/i.exec(s);
    if (scheme && !/^(https?|mailto|tel)$/i.test(scheme[1])) return '';
    return s;
  }

  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function format(template, n) { return String(template).replace('{n}', n); }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function hhmm(minutes) {
    if (minutes === 1440) return '24:00';
    var m = minutes % 1440;
    return pad(Math.floor(m / 60)) + ':' + pad(m % 60);
  }

  /**
   * Today's ranges [[start, end], …] in the data's zone; null if unknown or outside the data. Read
   * by hours.js (every page loads it first), which says "Jetzt geöffnet" from the same data.
   */
  function todaysRanges(hours, ms) {
    var H = window.QuartierHours;
    return H && H.today ? H.today(hours, ms) : null;
  }

  /** "Heute: 09:00–13:00, 14:00–18:00 Uhr", strings.closedToday, or null. */
  function todayLine(hours, strings, ms) {
    var ranges = todaysRanges(hours, ms);
    if (!ranges) return null;
    if (!ranges.length) return strings.closedToday || null;
    // as the pages write ranges: kept whole on a right-to-left page (a word joiner after the dash)
    var dash = document.documentElement.dir === 'rtl' ? '\u2013\u2060' : '\u2013';
    // and listed with the language's comma, as the pages list them (Arabic script: "،"), from the build
    var comma = strings.comma || ', ';
    return (strings.today || 'Heute') + ': ' + ranges.map(function (r) {
      return hhmm(r[0]) + dash + hhmm(r[1]);
    }).join(comma) + (strings.uhr ? ' ' + strings.uhr : '');
  }

  /** "Jetzt geöffnet bis 13:00 Uhr" from hours.js, with the words the build put in front of it. */
  function nowLine(hours, ms) {
    var H = window.QuartierHours;
    var words = window.quartierHoursWords;
    if (!H || !H.describe || !words) return null;
    try { return H.describe(hours, ms, words); } catch (e) { return null; }
  }

  function storedConsent() {
    try { return window.localStorage.getItem(CONSENT_KEY) === 'yes'; } catch (e) { return false; }
  }

  function storeConsent() {
    try { window.localStorage.setItem(CONSENT_KEY, 'yes'); } catch (e) { /* storage blocked: this page only */ }
  }

  /**
   * Once a reader agreed, maps load on every page without asking: taking that back is one button
   * below the map (as easy as agreeing was), which forgets the consent and shows the page as before.
   */
  function revokeControl(view) {
    var strings = view.data.strings;
    if (view.data.consent === false || !strings.revoke || !storedConsent()) return;
    var el = view.el;
    if (el.parentNode.querySelector('.map-revoke')) return;
    var p = document.createElement('p');
    p.className = 'map-revoke';
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = strings.revoke;
    button.addEventListener('click', function () {
      try { window.localStorage.removeItem(CONSENT_KEY); } catch (e) { /* nothing stored */ }
      window.location.reload();
    });
    p.appendChild(button);
    var after = el.nextElementSibling && el.nextElementSibling.className === 'map-attribution' ? el.nextElementSibling : el;
    after.parentNode.insertBefore(p, after.nextSibling);
  }

  // ---------------------------------------------------------------- vendor files (once per page)

  function loadOnce(url, isCss, cb) {
    var st = vendorState[url];
    if (st) {
      if (st.done) cb(st.failed);
      else st.waiting.push(cb);
      return;
    }
    st = vendorState[url] = { done: false, failed: false, waiting: [cb] };
    function finish(failed) {
      if (st.done) return;
      st.done = true;
      st.failed = failed;
      var w = st.waiting;
      st.waiting = [];
      w.forEach(function (f) { f(failed); });
    }
    var el;
    if (isCss) {
      el = document.createElement('link');
      el.rel = 'stylesheet';
      el.href = url;
    } else {
      el = document.createElement('script');
      el.src = url;
      el.async = false;
    }
    el.onload = function () { finish(false); };
    el.onerror = function () { finish(true); };
    (isCss ? document.head : (document.body || document.head)).appendChild(el);
  }

  function hasStylesheet(url) {
    return Array.prototype.some.call(document.querySelectorAll('link[rel="stylesheet"]'), function (l) {
      return l.getAttribute('href') === url;
    });
  }

  /** Stylesheets in parallel, scripts one after the other; cb(failed) once everything is there. */
  function loadVendor(vendor, cluster, cb) {
    vendor = vendor || {};
    var css = [vendor.leafletCss];
    if (cluster) css = css.concat(vendor.clusterCss || []);
    css = css.filter(Boolean);
    var js = [];
    if (!(window.L && window.L.map)) js.push(vendor.leafletJs);
    if (cluster && !(window.L && window.L.markerClusterGroup)) js.push(vendor.clusterJs);
    js = js.filter(Boolean);

    var pending = css.length + 1;
    var failed = false;
    function part(f) {
      if (f) failed = true;
      if (--pending === 0) cb(failed || !(window.L && window.L.map));
    }
    css.forEach(function (url) {
      if (!vendorState[url] && hasStylesheet(url)) part(false);
      else loadOnce(url, true, function () { part(false); });   // a missing stylesheet does not stop the map
    });
    (function next(i) {
      if (i >= js.length) { part(false); return; }
      loadOnce(js[i], false, function (f) {
        if (f) part(true);
        else next(i + 1);
      });
    }(0));
  }

  // ---------------------------------------------------------------- the maps

  function init(el) {
    var data;
    try { data = JSON.parse(el.getAttribute('data-map')); } catch (e) { return; }
    if (!data || typeof data !== 'object') return;
    // what every map of the site shares comes from map-settings.js (loaded before this script)
    var shared = window.quartierMapSettings || {};
    Object.keys(shared).forEach(function (key) {
      if (!(key in data)) data[key] = shared[key];
    });
    data.strings = data.strings || {};
    data.markers = data.markers || [];
    data.boundaries = data.boundaries || [];
    var view = { el: el, data: data, state: 'idle', map: null, layer: null, entries: [], boundaries: null };
    views.push(view);
    el.setAttribute('data-map-state', 'idle');

    var needsConsent = !(data.consent === false || storedConsent());
    var button = el.querySelector('.map-consent');
    if (!button && needsConsent) button = consentControls(el, data.strings);
    if (button) {
      button.addEventListener('click', function () {
        storeConsent();
        loadAll(button);
        views.forEach(revokeControl);
      });
    }
    if (!needsConsent) {
      load(view);
      revokeControl(view);
    } else {
      if (button) {
        if (data.strings.load && !button.textContent.replace(/\s/g, '')) button.textContent = data.strings.load;
        button.hidden = false;
      }
      var note = el.querySelector('.map-consent-note');
      if (!note && data.strings.remember && button) {
        note = document.createElement('p');
        note.className = 'map-consent-note';
        note.textContent = data.strings.remember;
        var para = button.parentNode && button.parentNode.tagName === 'P' ? button.parentNode : button;
        para.parentNode.insertBefore(note, para.nextSibling);
      }
      if (note) note.hidden = false;
    }
  }

  /**
   * What the map will load and the button that allows it, put after the placeholder's link to the
   * list (only a page with the script can load a map, so only the script says so: no page carries
   * it). The link comes first: on a phone the consent's lines pushed it below the first screen of
   * the offices' list, whose offices are what most readers came for.
   */
  function consentControls(el, strings) {
    var holder = el.querySelector('.map-placeholder');
    if (!holder || !strings.load) return null;
    if (strings.consentText) {
      var text = document.createElement('p');
      text.className = 'map-consent-text';
      text.textContent = strings.consentText;
      holder.appendChild(text);
    }
    var para = document.createElement('p');
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'map-consent';
    button.textContent = strings.load;
    para.appendChild(button);
    holder.appendChild(para);
    return button;
  }

  function loadAll(trigger) {
    views.forEach(function (v) { load(v, trigger); });
  }

  function load(view, trigger) {
    if (view.state === 'loading' || view.state === 'loaded') return;
    var el = view.el;
    var focusAfter = trigger && document.activeElement === trigger && el.contains(trigger);
    view.state = 'loading';
    el.setAttribute('data-map-state', 'loading');
    el.setAttribute('aria-busy', 'true');
    var button = el.querySelector('.map-consent');
    if (button) button.disabled = true;
    // a city's few offices stay single markers where they stand apart (grouped as the library groups
    // many, a phone's first view showed one "13"); those that would cover each other are grouped, as
    // a marker under another cannot be tapped (16 of Bottrop's 20 on a 320 px home map)
    view.many = !!view.data.markersUrl || view.data.markers.length > FEW_MARKERS;
    var cluster = !!view.data.cluster && (view.many || view.data.markers.length > 1);
    loadVendor(view.data.vendor, cluster, function (failed) {
      el.removeAttribute('aria-busy');
      if (failed) {
        view.state = 'error';
        el.setAttribute('data-map-state', 'error');
        if (button) button.disabled = false;
        return;
      }
      fetchMarkers(view, function (fetchFailed) {
        if (fetchFailed) {
          view.state = 'error';
          el.setAttribute('data-map-state', 'error');
          if (button) button.disabled = false;
          return;
        }
        show(view, cluster, button, focusAfter);
      });
    });
  }

  /** A map of many offices carries no markers in the page: they come from this site's own data file. */
  function fetchMarkers(view, cb) {
    if (!view.data.markersUrl || view.fetched) { cb(false); return; }
    var xhr = new XMLHttpRequest();
    xhr.open('GET', view.data.markersUrl);
    xhr.onload = function () {
      var markers = null;
      try { markers = xhr.status === 200 ? JSON.parse(xhr.responseText).markers : null; } catch (e) { markers = null; }
      if (!markers) { cb(true); return; }
      view.data.markers = markers;
      view.fetched = true;
      cb(false);
    };
    xhr.onerror = function () { cb(true); };
    xhr.send();
  }

  function show(view, cluster, button, focusAfter) {
    var el = view.el;
    try {
      build(view, cluster && !!window.L.markerClusterGroup);
    } catch (e) {
      view.state = 'error';
      el.setAttribute('data-map-state', 'error');
      if (button) button.disabled = false;
      if (window.console) window.console.error(e);
      return;
    }
    view.state = 'loaded';
    el.setAttribute('data-map-state', 'loaded');
    if (focusAfter) el.focus();
  }

  var ClusterIcon;   // L.DivIcon that labels itself; created once Leaflet is there
  var MarkerIcon;

  function iconClasses(L) {
    if (ClusterIcon) return;
    function labelled(div, label) {
      if (label) {
        div.setAttribute('aria-label', label);
        div.title = label;
      }
      return div;
    }
    MarkerIcon = L.DivIcon.extend({
      createIcon: function (old) {
        var div = L.DivIcon.prototype.createIcon.call(this, old);
        div.quartierMarker = this.options.marker;
        return labelled(div, this.options.label);
      }
    });
    ClusterIcon = L.DivIcon.extend({
      createIcon: function (old) {
        var div = L.DivIcon.prototype.createIcon.call(this, old);
        div.quartierCluster = this.options.cluster;
        div.setAttribute('data-count', String(this.options.count));
        return labelled(div, this.options.label);
      }
    });
  }

  function popupHtml(m, strings) {
    var html = '<div class="map-popup">';
    var href = safeUrl(m.href);
    var name = escapeHtml(m.name);
    // an office's untranslated name on a page in another language is marked, as in the page's list
    var nameLang = m.nameLang ? ' lang="' + escapeHtml(m.nameLang) + '"' : '';
    html += '<strong class="map-popup-name"' + nameLang + '>' + (href ? '<a href="' + escapeHtml(href) + '">' + name + '</a>' : name) + '</strong>';
    if (m.kind) html += '<br><span class="map-popup-kind"' + (m.kindLang ? ' lang="' + escapeHtml(m.kindLang) + '"' : '') + '>' + escapeHtml(m.kind) + '</span>';
    if (m.address) html += '<br><span class="map-popup-address">' + escapeHtml(m.address) + '</span>';
    if (m.hours) {
      var now = Date.now();
      var state = nowLine(m.hours, now);
      if (state) html += '<br><span class="map-popup-now">' + escapeHtml(state) + '</span>';
      var today = todayLine(m.hours, strings, now);
      if (today) html += '<br><span class="map-popup-hours">' + escapeHtml(today) + '</span>';
    }
    // the same route link the page gives beside the address (Facts.directions)
    // (where the page's route is another, a position or an address without its remark, the build gives it)
    var route = safeUrl(m.route) || (m.address ? 'https://www.openstreetmap.org/directions?to=' + formEncode(m.address) : '');
    if (route) {
      html += '<br><a class="map-popup-route external" href="' + escapeHtml(route) + '" rel="external">' +
        escapeHtml(strings.route || 'Route planen') + '</a>';
    }
    return html + '</div>';
  }

  function build(view, useCluster) {
    var L = window.L;
    var data = view.data;
    var strings = data.strings;
    var el = view.el;
    iconClasses(L);

    // Placeholder out, region (role, aria-label) stays. Its link to the list stays too, before the map
    // and shown when focused: a keyboard need not tab through every marker to get past the map.
    var toList = el.querySelector('.map-placeholder a');
    var before = el.previousElementSibling;
    if (toList && !(before && before.classList.contains('map-skip'))) {
      var skip = document.createElement('p');
      skip.className = 'map-skip';
      skip.appendChild(toList.cloneNode(true));
      el.parentNode.insertBefore(skip, el);
    }
    while (el.firstChild) el.removeChild(el.firstChild);
    el.classList.add('map-loaded');

    // no attribution control: the credit stands below the map, always visible (also before consent), not twice
    var map = L.map(el, { scrollWheelZoom: false, keyboard: true, zoomControl: false, attributionControl: false });
    // Optional strings zoomIn, zoomOut, close translate Leaflet's English control labels.
    L.control.zoom({ zoomInTitle: strings.zoomIn || 'Zoom in', zoomOutTitle: strings.zoomOut || 'Zoom out' }).addTo(map);
    // the zoom buttons stand in the top left corner: reached first, as seen, not after every marker
    var controls = map.getContainer().querySelector('.leaflet-control-container');
    if (controls) map.getContainer().insertBefore(controls, map.getContainer().firstChild);
    if (strings.close) {
      map.on('popupopen', function (e) {
        var node = e.popup.getElement();
        var close = node && node.querySelector('.leaflet-popup-close-button');
        if (close) close.setAttribute('aria-label', strings.close);
      });
    }
    view.map = map;
    var tiles = data.tiles || {};
    if (tiles.url) {
      L.tileLayer(tiles.url, { maxZoom: tiles.maxZoom || 19, attribution: escapeHtml(tiles.attribution || '') }).addTo(map);
    }

    var layer;
    if (useCluster) {
      layer = L.markerClusterGroup({
        showCoverageOnHover: false,
        maxClusterRadius: view.many ? 80 : COVERING,
        spiderfyOnMaxZoom: true,
        iconCreateFunction: function (c) {
          var n = c.getChildCount();
          var size = n < 10 ? 'small' : n < 100 ? 'medium' : 'large';
          return new ClusterIcon({
            html: '<div><span>' + n + '</span></div>',
            className: 'marker-cluster marker-cluster-' + size,
            iconSize: L.point(40, 40),
            cluster: c,
            count: n,
            label: format(strings.cluster || '{n}', n)
          });
        }
      });
    } else {
      layer = L.featureGroup();
    }
    view.layer = layer;

    // places at the same spot (two offices in one house) stand side by side, each reachable, instead of
    // one exactly hiding the other at every zoom
    var atSpot = {};
    function spot(m) { return m.lat.toFixed(5) + ',' + m.lon.toFixed(5); }
    data.markers.forEach(function (m) {
      if (typeof m.lat === 'number' && typeof m.lon === 'number') atSpot[spot(m)] = (atSpot[spot(m)] || 0) + 1;
    });
    var placedAt = {};
    data.markers.forEach(function (m) {
      if (typeof m.lat !== 'number' || typeof m.lon !== 'number') return;
      var label = m.kind ? m.name + ' (' + m.kind + ')' : String(m.name || '');
      var here = spot(m);
      var nth = placedAt[here] || 0;
      placedAt[here] = nth + 1;
      // side by side for two, on a small ring for more (a row of ten would reach over other places); a
      // clustered map spreads a spot's markers itself when it is clicked
      var n = useCluster ? 1 : atSpot[here];
      var ring = n < 2 ? 0 : n === 2 ? 15 : Math.min(36, 10 + 4 * n);
      var angle = Math.PI + 2 * Math.PI * nth / n;
      var dx = Math.round(ring * Math.cos(angle));
      var dy = Math.round(ring * Math.sin(angle));
      var icon = new MarkerIcon({
        className: 'map-marker',
        html: '<span class="map-symbol ' + safeClass(m.colorClass) + '">' + escapeHtml(m.symbol || '') + '</span>',
        iconSize: [28, 28],
        iconAnchor: [14 - dx, 14 - dy],
        popupAnchor: [dx, dy - 14],
        label: label
      });
      var marker = L.marker([m.lat, m.lon], { icon: icon, title: m.name || '', alt: m.name || '', keyboard: true });
      icon.options.marker = marker;
      marker.quartier = m;
      marker.on('add', function () {
        var node = marker.getElement();
        if (node) node.setAttribute('aria-label', label);
      });
      marker.bindPopup(function () { return popupHtml(m, strings); }, popupOptions(map));
      view.entries.push({ marker: marker, data: m, shown: true });
    });

    if (data.boundaries.length) {
      view.boundaries = L.featureGroup();
      data.boundaries.forEach(function (b) {
        if (!b || !b.geometry) return;
        var g = L.geoJSON(b.geometry, { style: { color: '#1f5fa8', weight: 2, fillOpacity: 0.08 } });
        var href = safeUrl(b.href);
        var name = escapeHtml(b.name || '');
        // Mouse only: a popup on click (a tooltip would make the outline keyboard-focusable in
        // Chromium without a name or role); the list of places is the accessible path.
        if (name) {
          g.bindPopup('<div class="map-popup"><strong class="map-popup-name">' +
            (href ? '<a href="' + escapeHtml(href) + '">' + name + '</a>' : name) + '</strong></div>', popupOptions(map));
        }
        view.boundaries.addLayer(g);
      });
      view.boundaries.addTo(map);
    }

    // a phone turned: a popup's text scrolls from the map's new height on
    map.on('resize', function () {
      var most = popupOptions(map).maxHeight;
      view.entries.forEach(function (e) { var p = e.marker.getPopup(); if (p) p.options.maxHeight = most; });
    });

    // The filter may have been chosen before the map existed.
    applyMarkers(view);
    layer.addTo(map);
    fit(view, true);

    wireKeyboard(view);
    api.maps.push(map);
  }

  /** The colour's class from the map data (map.css has its rule), or none. */
  function safeClass(c) {
    var s = String(c || '');
    return /^kc-[0-9a-f]{3,6}$/.test(s) ? s : '';
  }

  /** Show the markers of the chosen district (all for ''). */
  function applyMarkers(view) {
    if (!view.layer) return;
    var add = [];
    var remove = [];
    view.entries.forEach(function (e) {
      var show = !district || e.data.district === district;
      if (show === e.shown && view.layer.hasLayer(e.marker) === show) return;
      e.shown = show;
      if (show) { if (!view.layer.hasLayer(e.marker)) add.push(e.marker); }
      else if (view.layer.hasLayer(e.marker)) {
        if (e.marker.isPopupOpen && e.marker.isPopupOpen()) e.marker.closePopup();
        remove.push(e.marker);
      }
    });
    if (view.layer.removeLayers) {
      if (remove.length) view.layer.removeLayers(remove);
      if (add.length) view.layer.addLayers(add);
    } else {
      remove.forEach(function (m) { view.layer.removeLayer(m); });
      add.forEach(function (m) { view.layer.addLayer(m); });
    }
  }

  /**
   * Initially: all markers and boundaries if data.fit, else center/zoom. After a filter change: the
   * district's markers (everything again for all districts); center/zoom when nothing is left.
   */
  function fit(view, initial) {
    var L = window.L;
    var data = view.data;
    var map = view.map;
    var bounds = L.latLngBounds([]);
    view.entries.forEach(function (e) { if (e.shown) bounds.extend(e.marker.getLatLng()); });
    if (view.boundaries && !district) bounds.extend(view.boundaries.getBounds());
    var useBounds = bounds.isValid() && (initial ? data.fit !== false : (district || data.fit !== false));
    if (useBounds) {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16, animate: !initial });
    } else {
      map.setView(data.center || [51.5, 7], typeof data.zoom === 'number' ? data.zoom : 11, { animate: !initial });
    }
  }

  /** Number of markers currently on the map or inside one of its clusters. */
  function markerCount(index) {
    var view = views[index || 0];
    if (!view) return 0;
    if (!view.layer) return view.data.markers.filter(function (m) { return !district || m.district === district; }).length;
    return view.layer.getLayers().length;
  }

  /** Enter/Space on a cluster zooms in (or spiderfies), on a marker toggles its popup. */
  function wireKeyboard(view) {
    var map = view.map;
    var container = map.getContainer();
    var opener = null;
    var open = null;   // the open popup
    var spiderByKey = false;
    // Spread out by keyboard (places at the same spot): focus the first of them.
    if (view.layer.on) {
      view.layer.on('spiderfied', function (e) {
        if (!spiderByKey || !e.markers || !e.markers.length) return;
        spiderByKey = false;
        var node = e.markers[0].getElement();
        if (node) node.focus();
      });
    }
    container.addEventListener('keydown', function (e) {
      var key = e.key;
      var target = e.target;
      // Leaflet closes popups on Escape only while the container itself has the focus.
      if ((key === 'Escape' || key === 'Esc') && open && target !== container) {
        e.preventDefault();
        map.closePopup(open);
        return;
      }
      if (key !== 'Enter' && key !== ' ' && key !== 'Spacebar') return;
      if (target.quartierCluster) {
        e.preventDefault();
        e.stopPropagation();
        spiderByKey = true;
        target.quartierCluster.fire('click', { originalEvent: e }, true);   // markercluster zooms or spiderfies
        container.focus();
        setTimeout(function () { spiderByKey = false; }, 1000);
      } else if (target.quartierMarker) {
        e.preventDefault();
        e.stopPropagation();
        var marker = target.quartierMarker;
        opener = marker;
        if (marker.isPopupOpen()) marker.closePopup();
        else marker.openPopup();
      }
    });
    map.on('popupopen', function (e) {
      open = e.popup;
      if (!opener || e.popup !== opener.getPopup()) { opener = null; return; }
      var node = e.popup.getElement();
      var link = node && node.querySelector('.leaflet-popup-content a[href]');
      if (link) link.focus();
    });
    map.on('popupclose', function (e) {
      if (open === e.popup) open = null;
      if (!opener || e.popup !== opener.getPopup()) return;
      var node = e.popup.getElement();
      var active = document.activeElement;
      var wasInside = !active || active === document.body || active === container || (node && node.contains(active));
      if (wasInside && opener.getElement()) opener.getElement().focus();   // back to the marker
      opener = null;
    });
  }

  // ---------------------------------------------------------------- district filter

  function readDistrict() {
    var m = /[?&]bezirk=([^&#]*)/.exec(window.location.search);
    if (!m) return '';
    try { return decodeURIComponent(m[1].replace(/\+/g, ' ')); } catch (e) { return ''; }
  }

  function writeDistrict(slug) {
    if (!window.history || !window.history.replaceState) return;
    var loc = window.location;
    var params = loc.search.replace(/^\?/, '').split('&').filter(function (p) {
      return p && p.split('=')[0] !== 'bezirk';
    });
    if (slug) params.push('bezirk=' + encodeURIComponent(slug));
    var url = loc.pathname + (params.length ? '?' + params.join('&') : '') + loc.hash;
    try { window.history.replaceState(window.history.state, '', url); } catch (e) { /* file: URLs and the like */ }
  }

  function districtGroups() {
    return document.querySelectorAll('section.group[aria-labelledby^="bezirk-"]');
  }

  /** Places in a group: its cards, else its top-level list items. */
  function countPlaces(group) {
    // sorted by distance (finder.js), the cards stand in one list outside their groups, marked with their group
    var moved = document.querySelectorAll('.nearby-list .card[data-home="' + group.getAttribute('aria-labelledby') + '"]').length;
    var cards = group.querySelectorAll('.card');
    if (cards.length || moved) return cards.length + moved;
    var n = 0;
    each(group.querySelectorAll('li'), function (li) {
      var p = li.parentNode;
      while (p && p !== group && p.tagName !== 'LI') p = p.parentNode;
      if (p === group) n++;
    });
    return n;
  }

  function countText(n) {
    var out = document.getElementById('bezirk-count');
    if (!out) return;
    var strings = views.length ? views[0].data.strings : {};
    var other = out.getAttribute('data-other') || strings.count || '{n} Anlaufstellen';
    var one = out.getAttribute('data-one') || strings.countOne || (strings.count ? other : '{n} Anlaufstelle');
    out.textContent = format(n === 1 ? one : other, n);
  }

  function setDistrict(slug, updateUrl) {
    var select = document.getElementById('bezirk-filter');
    if (select && select.value !== slug) {
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === slug; });
      if (!known) slug = '';
      select.value = slug;
    }
    district = slug;
    var groups = districtGroups();
    var n = 0;
    each(groups, function (g) {
      var show = !slug || g.getAttribute('aria-labelledby') === 'bezirk-' + slug;
      g.hidden = !show;
      if (show) n += countPlaces(g);
    });
    if (!groups.length) {
      // no list groups: count the places on the map(s), each once
      var seen = {};
      views.forEach(function (v) {
        v.data.markers.forEach(function (m) {
          var id = m.href || m.name;
          if ((!slug || m.district === slug) && !seen[id]) { seen[id] = true; n++; }
        });
      });
    }
    countText(n);
    views.forEach(function (v) {
      if (!v.map) return;
      applyMarkers(v);
      fit(v, false);
    });
    if (updateUrl) writeDistrict(slug);
  }

  function initFilter() {
    var select = document.getElementById('bezirk-filter');
    if (!select) return;
    var wrapper = select.closest ? select.closest('.bezirk-filter') : null;
    select.hidden = false;
    select.addEventListener('change', function () { setDistrict(select.value, true); });
    // the first count is written while the filter is still hidden and not live: said when the reader
    // changes the district, not unasked while the page loads
    var out = document.getElementById('bezirk-count');
    var live = out ? out.getAttribute('aria-live') : null;
    if (live) out.removeAttribute('aria-live');
    var initial = readDistrict();
    if (initial) setDistrict(initial, false);
    else if (select.value) setDistrict(select.value, true);   // a value the browser restored
    else setDistrict('', false);                              // just the count
    if (wrapper) wrapper.hidden = false;
    // live again a moment later, not in the same update as the text
    if (live) window.setTimeout(function () { out.setAttribute('aria-live', live); }, 1000);
  }

  function start() {
    each(document.querySelectorAll('div.map[data-map]'), init);
    initFilter();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}());

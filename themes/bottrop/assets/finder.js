/*
 * Quartier: the offering finder and "In meiner Nähe".
 * The page lists its offerings; without this script the form already filters them (the build's
 * filter.css hides the cards a choice rules out). The script filters the cards in place by the same
 * data-* attributes, keeps the choice in the URL (shareable, back button works) and announces the count. "Near me" sorts the cards by
 * distance from the reader's position or a chosen quarter; the position never leaves the browser.
 */
(function () {
  'use strict';
  var form = document.getElementById('finder');
  if (!form) return;
  var results = document.getElementById('treffer') || document.getElementById('orte');
  if (!results) return;
  var countLine = document.getElementById('finder-count');
  var nearbyStatus = form.querySelector('.nearby-status');
  var nearbySelect = document.getElementById('nearby-quarter');
  var panel = form.querySelector('.finder-panel');   // folds the form on a phone (see the end)
  var flat = form.getAttribute('data-kind') !== 'angebote';   // contact points: one list by distance
  var cards = Array.prototype.slice.call(results.querySelectorAll('.card'));
  var home = cards.map(function (c) {
    var district = c.closest ? c.closest('section.group[aria-labelledby^="bezirk-"]') : null;
    // map.js counts a district's offices by it while they stand in the one list by distance
    if (district) c.setAttribute('data-home', district.getAttribute('aria-labelledby'));
    return { parent: c.parentNode, district: district };
  });
  var origin = null;   // {lat, lon, label} while sorted by distance
  var flatList = null;
  var flatHeading = null;

  function fields() {
    return Array.prototype.slice.call(form.querySelectorAll('.finder-facets select, .finder-facets input[type=checkbox]'));
  }

  function value(el) {
    return el.type === 'checkbox' ? (el.checked ? el.value : '') : el.value;
  }

  function selection() {
    var sel = {};
    fields().forEach(function (el) { if (value(el)) sel[el.name] = value(el); });
    return sel;
  }

  function words(card, key) {
    var v = card.getAttribute('data-' + key);
    return v ? v.split(' ') : [];
  }

  /** Weekday and time of day together mean one occasion: "Mittwoch, Nachmittag". */
  function matches(card, sel) {
    var both = sel.tag && sel.tageszeit;
    for (var key in sel) {
      if (both && (key === 'tag' || key === 'tageszeit')) continue;
      if (words(card, key).indexOf(sel[key]) < 0) return false;
    }
    return !both || words(card, 'slots').indexOf(sel.tag + '-' + sel.tageszeit) >= 0;
  }

  var countTimer = null;

  /** settle: a change from the form; the count waits until the choice rests, so that arrowing through a list is not read out value by value. */
  function apply(settle) {
    if (!fields().length) return;   // contact points: only "near me", the map's district filter does the rest
    var sel = selection();
    var shown = 0;
    cards.forEach(function (c) {
      var ok = matches(c, sel);
      c.hidden = !ok;
      if (ok) shown++;
    });
    Array.prototype.slice.call(results.querySelectorAll('section.group')).forEach(function (g) {
      g.hidden = !g.querySelector('.card:not([hidden])');
    });
    if (countLine && !flat) {
      var tpl = form.getAttribute(shown === 0 ? 'data-count-none' : shown === 1 ? 'data-count-one' : 'data-count-many');
      var text = tpl.replace('{n}', shown);
      if (countTimer) clearTimeout(countTimer);
      countTimer = null;
      if (settle) countTimer = setTimeout(function () { countTimer = null; countLine.textContent = text; }, 500);
      else countLine.textContent = text;
    }
  }

  // ---------------------------------------------------------------- the URL

  /** Writes the finder's own parameters; others (the map's ?bezirk=) stay as they are. */
  function toUrl(push) {
    var params = new URLSearchParams(location.search);
    fields().forEach(function (el) { params.delete(el.name); });
    if (nearbySelect) params.delete(nearbySelect.name);
    var sel = selection();
    fields().forEach(function (el) { if (sel[el.name]) params.set(el.name, sel[el.name]); });
    if (nearbySelect && nearbySelect.value) params.set(nearbySelect.name, nearbySelect.value);
    var q = params.toString();
    var url = location.pathname + (q ? '?' + q : '') + location.hash;
    if (url !== location.pathname + location.search + location.hash) {
      if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
    }
  }

  function fromUrl() {
    var params = new URLSearchParams(location.search);
    var unknown = [];
    fields().forEach(function (el) {
      var v = params.get(el.name) || '';
      if (el.type === 'checkbox') el.checked = v === el.value;
      else el.value = Array.prototype.some.call(el.options, function (o) { return o.value === v; }) ? v : '';
      if (v && value(el) !== v) unknown.push(el);
    });
    if (nearbySelect) {
      var n = params.get(nearbySelect.name) || '';
      nearbySelect.value = Array.prototype.some.call(nearbySelect.options, function (o) { return o.value === n; }) ? n : '';
      if (n && !nearbySelect.value) unknown.push(nearbySelect);
      if (nearbySelect.value) sortFrom(quarterOrigin()); else if (origin && !origin.here) unsort();
    }
    apply();
    tellUnknown(unknown);
    toUrl(false);   // drops values the form does not know (?tag=foo)
    // a link or a step back that brings a choice shows it, also where the form was folded
    var brought = Object.keys(selection()).length > 0 || !!(nearbySelect && nearbySelect.value) || unknown.length > 0;
    if (brought && panel) panel.open = true;
    return brought;
  }

  /**
   * A shared link may name a choice the site no longer has (a topic renamed, a group merged): it
   * is left out, and the reader is told so rather than silently shown more than the link meant.
   * The notice names the field ("Thema"), never the link's own text, which anyone can write.
   */
  function tellUnknown(fieldsLeftOut) {
    var line = form.querySelector('.finder-unknown');
    var tpl = form.getAttribute('data-unknown');
    if (!line || !tpl) return;   // a theme's own form without the notice
    // one sentence for all of them: „Thema“, „Wochentag“
    var names = fieldsLeftOut.map(function (el) {
      var label = form.querySelector('label[for="' + el.id + '"]');
      return label ? label.textContent.replace(/\s+/g, ' ').trim() : el.name;
    });
    var first = tpl.indexOf('{field}');
    var open = tpl.charAt(first - 1), close = tpl.charAt(first + '{field}'.length);
    // the language's comma, as the pages list with it (Arabic script: "،"), from the build
    var comma = form.getAttribute('data-comma') || ', ';
    line.textContent = tpl.split('{field}').join(names.join(close + comma + open));
    line.hidden = !fieldsLeftOut.length;
  }

  // ---------------------------------------------------------------- near me

  function points(card) {
    return words(card, 'geo').join(';').split(';').filter(Boolean).map(function (p) {
      var ll = p.split(',');
      return { lat: parseFloat(ll[0]), lon: parseFloat(ll[1]) };
    });
  }

  function distanceKm(a, b) {
    var r = Math.PI / 180;
    var dLat = (b.lat - a.lat) * r, dLon = (b.lon - a.lon) * r;
    var h = Math.sin(dLat / 2) * Math.sin(dLat / 2) +
      Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 12742 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  function nearest(card, from) {
    var best = Infinity;
    points(card).forEach(function (p) { best = Math.min(best, distanceKm(from, p)); });
    return best;
  }

  function quarterOrigin() {
    var o = nearbySelect.options[nearbySelect.selectedIndex];
    var ll = (o.getAttribute('data-geo') || '').split(',');
    return { lat: parseFloat(ll[0]), lon: parseFloat(ll[1]), label: o.textContent, lang: o.getAttribute('lang'), here: false };
  }

  /** "Sorted by distance from Altstadt" into el, the quarter's name marked German where its option is (a screen reader's voice). */
  function sayFrom(el, from) {
    var parts = form.getAttribute('data-nearby-from').split('{from}');
    el.textContent = '';
    parts.forEach(function (text, i) {
      if (i > 0) {
        var name = document.createElement('span');
        name.textContent = from.label;
        if (from.lang) name.setAttribute('lang', from.lang);
        el.appendChild(name);
      }
      if (text) el.appendChild(document.createTextNode(text));
    });
  }

  // the page's language writes the number ("1,2 km", "1.2 km"), with the digits the times have
  var numberLocale = (document.documentElement.lang || 'de') + '-u-nu-latn';
  try { (1.5).toLocaleString(numberLocale); } catch (e) { numberLocale = 'de-DE'; }

  function distanceLine(card, km) {
    var line = card.querySelector('.distance');
    if (!line) {
      line = document.createElement('p');
      line.className = 'distance';
      card.appendChild(line);
    }
    // under 50 m "0,0 km" would read as a mistake
    line.textContent = isFinite(km) && km < 0.05 ? form.getAttribute('data-nearby-near')
      : isFinite(km)
      ? form.getAttribute('data-nearby-km').replace('{km}', km.toLocaleString(numberLocale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }))
      : '';
  }

  function sortFrom(from) {
    origin = from;
    var byDistance = cards.map(function (c) { return { card: c, km: nearest(c, from) }; });
    byDistance.sort(function (a, b) { return a.km - b.km; });
    if (flat) {
      if (!flatList) {
        flatList = document.createElement('div');
        flatList.className = 'cards nearby-list';
        // the district and quarter headings stay with the hidden groups: the one list gets a heading of its own
        flatHeading = document.createElement('h3');
        flatHeading.className = 'visually-hidden';
        results.parentNode.insertBefore(flatHeading, results);
        results.parentNode.insertBefore(flatList, results);
      }
      sayFrom(flatHeading, from);
      flatHeading.hidden = false;
      results.hidden = true;
      byDistance.forEach(function (d) { flatList.appendChild(d.card); });
      followDistrict();
    } else {
      // offerings keep their groups (regular, dated); each group is sorted on its own
      byDistance.forEach(function (d) { d.card.parentNode.appendChild(d.card); });
    }
    byDistance.forEach(function (d) { distanceLine(d.card, d.km); });
    sayFrom(nearbyStatus, from);
  }

  /**
   * In the one list by distance, an office shows only while the map's district filter shows its
   * district group (map.js hides the groups, which the sorted cards have left).
   */
  function followDistrict() {
    if (!flat) return;
    cards.forEach(function (c, i) {
      var g = home[i].district;
      c.hidden = origin !== null && !!g && g.hidden;
    });
  }

  function unsort() {
    origin = null;
    // every card's parent holds cards only: appending them in their first order restores it
    cards.forEach(function (c, i) {
      home[i].parent.appendChild(c);
      var line = c.querySelector('.distance');
      if (line) line.parentNode.removeChild(line);
    });
    if (flatList) {
      results.hidden = false;
      flatHeading.hidden = true;
    }
    if (flat) cards.forEach(function (c) { c.hidden = false; });
    nearbyStatus.textContent = '';
  }

  // ---------------------------------------------------------------- wiring

  form.hidden = false;
  form.classList.add('finder-live');   // the stylesheet's own filtering and count give way to the script's
  var nearbyFields = form.querySelector('.finder-nearby');
  if (nearbyFields) nearbyFields.hidden = false;   // sorting by distance needs the script
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  // changes in quick succession (arrow keys through a list fire one each) make one step back, not one per value
  var lastChange = 0;   // 0 after any other step (back, reset, "near me"): the next change is a step of its own
  function changed() {
    var now = Date.now();
    toUrl(now - lastChange > 1000);
    lastChange = now;
  }
  fields().forEach(function (el) {
    el.addEventListener('change', function () { tellUnknown([]); apply(true); changed(); });
  });
  var reset = form.querySelector('.finder-reset');
  if (reset) reset.addEventListener('click', function (e) {
    e.preventDefault();   // clears the filters only, not "near me"
    fields().forEach(function (el) { if (el.type === 'checkbox') el.checked = false; else el.value = ''; });
    tellUnknown([]);
    apply();
    toUrl(true);
    lastChange = 0;
  });
  if (nearbySelect) nearbySelect.addEventListener('change', function () {
    tellUnknown([]);
    if (nearbySelect.value) sortFrom(quarterOrigin()); else unsort();
    changed();
  });
  var locate = form.querySelector('.nearby-locate');
  if (locate) {
    if (!navigator.geolocation) locate.hidden = true;
    else locate.addEventListener('click', function () {
      tellUnknown([]);
      navigator.geolocation.getCurrentPosition(function (pos) {
        if (nearbySelect) nearbySelect.value = '';
        toUrl(true);
        lastChange = 0;
        sortFrom({ lat: pos.coords.latitude, lon: pos.coords.longitude, label: form.getAttribute('data-nearby-here'), here: true });
      }, function () {
        nearbyStatus.textContent = form.getAttribute('data-nearby-error');
      }, { maximumAge: 600000, timeout: 15000 });
    });
  }
  window.addEventListener('popstate', function () { lastChange = 0; fromUrl(); });
  // map.js shows and hides the district groups (on its filter, on history moves, at start): follow it
  var districtGroups = [];
  home.forEach(function (h) { if (h.district && districtGroups.indexOf(h.district) < 0) districtGroups.push(h.district); });
  if (districtGroups.length && window.MutationObserver) {
    var watcher = new MutationObserver(followDistrict);
    districtGroups.forEach(function (g) { watcher.observe(g, { attributes: true, attributeFilter: ['hidden'] }); });
  }
  // On a phone the open form filled the first screen and a half before the first offering: it
  // starts folded there (its summary stays, one tap opens it), unless the link brought a choice,
  // which the reader should see. Without the script it stays open, as the build wrote it.
  if (!fromUrl() && panel && window.matchMedia && window.matchMedia('(max-width: 36rem)').matches) panel.open = false;

  window.QuartierFinder = { apply: apply, selection: selection, sortFrom: sortFrom };
})();

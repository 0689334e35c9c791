/*
 * Quartier: "Jetzt geöffnet bis 13:00 Uhr" for elements with data-hours. The page's weekly table
 * stays the truth without JavaScript; this adds one line computed in the reader's browser, for the
 * site's time zone (not the reader's), from the week and the exceptional dates the build wrote.
 * What all offices share (zone, span of dates, public holidays) the build puts in front of this
 * script as window.quartierHoursDays; an office's own data may still name them itself.
 *
 * Every page loads this script (the footer names the hours of the site's office), so it also
 * carries the other things every page needs (a script of their own would cost each page a request):
 * the language switcher takes the address's query along, so that the same page in another language
 * opens with the reader's choice in the finder, the search or the map's district filter; and Escape
 * closes the phone's open menu.
 */
(function () {
  'use strict';
  var script = document.currentScript;

  /** data's own value of key, else the build's shared one */
  function shared(data, key) {
    if (data[key] !== undefined) return data[key];
    var days = window.quartierHoursDays;
    return days ? days[key] : undefined;
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function hhmm(minutes) {
    var m = minutes % 1440;
    return pad(Math.floor(m / 60)) + ':' + pad(m % 60);
  }

  /** The wall-clock date ("2026-03-29") and minute of the day in the zone at the instant ms. */
  function local(zone, ms) {
    var parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(new Date(ms));
    var p = {};
    parts.forEach(function (x) { p[x.type] = x.value; });
    return { date: p.year + '-' + p.month + '-' + p.day, minute: Number(p.hour) * 60 + Number(p.minute) };
  }

  function addDays(date, n) {
    var d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10) + n));
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
  }

  /** 0 = Monday … 6 = Sunday */
  function weekday(date) {
    var d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)));
    return (d.getUTCDay() + 6) % 7;
  }

  /** The day's ranges [[start, end], …]; null if unknown; undefined outside the data. */
  function hoursOn(data, date) {
    if (date < shared(data, 'from') || date > shared(data, 'to')) return undefined;
    if (data.except && Object.prototype.hasOwnProperty.call(data.except, date)) return data.except[date];
    // "h": closed on every public holiday
    if (data.h && (shared(data, 'holidays') || []).indexOf(date) >= 0) return [];
    return data.week[weekday(date)];
  }

  /**
   * The state at instant ms: {kind: 'open', until}, {kind: 'opens', inDays, weekday, at},
   * {kind: 'closed'}, {kind: 'unknown'}, or null when the data do not reach that day.
   */
  function state(data, ms) {
    var zone = shared(data, 'zone');
    if (!zone || !shared(data, 'from')) return null;
    var now = local(zone, ms);
    var today = hoursOn(data, now.date);
    if (today === undefined) return null;
    var yesterday = hoursOn(data, addDays(now.date, -1)) || [];
    for (var i = 0; i < yesterday.length; i++) {
      if (yesterday[i][1] > 1440 && now.minute < yesterday[i][1] - 1440) return { kind: 'open', until: yesterday[i][1] - 1440 };
    }
    if (today === null) return { kind: 'unknown' };
    for (i = 0; i < today.length; i++) {
      if (today[i][0] <= now.minute && now.minute < today[i][1]) return open(data, now.date, today[i][1]);
    }
    for (i = 0; i < today.length; i++) {
      if (today[i][0] > now.minute) return { kind: 'opens', inDays: 0, weekday: weekday(now.date), at: today[i][0] };
    }
    for (var k = 1; k <= 14; k++) {
      var date = addDays(now.date, k);
      var h = hoursOn(data, date);
      if (h === undefined) break;
      if (h && h.length) return { kind: 'opens', inDays: k, weekday: weekday(date), date: date, at: h[0][0] };
    }
    return { kind: 'closed' };
  }

  /**
   * Open until `end` (minutes) on `date`: an opening that runs to midnight and goes on at 00:00
   * the next day ends later; one that never ends within a week is open around the clock.
   */
  function open(data, date, end) {
    var days = 0;
    while (end === 1440) {
      if (days === 7) return { kind: 'always' };
      var next = hoursOn(data, addDays(date, days + 1));
      if (!next || !next.length || next[0][0] !== 0) break;
      days++;
      end = next[0][1];
    }
    // the end on a later day: "bis Fr 24:00 Uhr"; a time past midnight (26:00) belongs to the next day
    return { kind: 'open', until: end, inDays: days, weekday: weekday(addDays(date, days)), date: addDays(date, days) };
  }

  /**
   * "morgen", "Fr": the day an opening ends or starts, counted from today; a week or more ahead
   * with its date ("Mi, 9. Dezember,"), since the weekday alone would read as this week's.
   */
  function dayWord(words, inDays, day, date) {
    if (inDays === 0) return words.today;
    if (inDays === 1) return words.tomorrow;
    var name = words.days.split(',')[day];
    if (inDays < 7 || !date) return name;
    var d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)));
    // the site's English is British, as the build writes it: "Wed 9 December", not "December 9"
    var page = document.documentElement.lang || 'de';
    var lang = (page === 'en' ? 'en-GB' : page) + '-u-nu-latn';
    var written;
    try {
      written = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(d);
    } catch (e) {
      written = d.getUTCDate() + '.' + (d.getUTCMonth() + 1) + '.';
    }
    return (words.dated || '{day} {date}').replace('{day}', name).replace('{date}', written);
  }

  function describe(data, ms, words) {
    var s = state(data, ms);
    if (!s) return null;
    if (s.kind === 'open') {
      var time = s.until === 1440 ? '24:00' : hhmm(s.until);
      if (!s.inDays || !words.openUntil) return words.open.replace('{time}', time);
      return words.openUntil.replace('{day}', dayWord(words, s.inDays, s.weekday, s.date)).replace('{time}', time);
    }
    if (s.kind === 'unknown') return words.unknown;
    if (s.kind === 'always') return words.always || words.open.replace('{time}', '24:00');
    if (s.kind === 'closed') return words.closed;
    return words.opens.replace('{day}', dayWord(words, s.inDays, s.weekday, s.date)).replace('{time}', hhmm(s.at));
  }

  /** Today's ranges [[start, end], …] at the instant ms in the data's zone; [] closed; null unknown or outside the data. */
  function today(data, ms) {
    var zone = data && data.week ? shared(data, 'zone') : null;
    if (!zone) return null;
    var date;
    try { date = local(zone, ms).date; } catch (e) { return null; }
    var ranges = hoursOn(data, date);
    return ranges === undefined ? null : ranges;
  }

  // map.js's popups say "Jetzt geöffnet" and today's hours ("Heute: 09:00–13:00 Uhr") from the same reading of the data
  window.QuartierHours = { state: state, describe: describe, today: today };

  function show() {
    // the theme's words, which the build puts in front of this script (data-* of the script element in older themes)
    var words = window.quartierHoursWords || (script ? script.dataset : null);
    if (!words || !words.open) return;
    var now = Date.now();
    document.querySelectorAll('[data-hours]').forEach(function (el) {
      var data;
      try { data = JSON.parse(el.getAttribute('data-hours')); } catch (e) { return; }
      var text = describe(data, now, words);
      if (!text) return;
      var kind = state(data, now).kind;
      mark(el, text, kind);
      el.hidden = false;
      // an office's page says it once more where its hours are summed up among the first facts, on a
      // phone's first screen, which link to the section with the table (a[href="#oeffnungszeiten"])
      var section = el.parentNode;
      var id = section && section.getAttribute ? section.getAttribute('aria-labelledby') : null;
      if (!id || !window.CSS || !CSS.escape) return;
      document.querySelectorAll('.facts a[href="#' + CSS.escape(id) + '"]').forEach(function (a) {
        var dd = a.closest ? a.closest('dd') : null;
        if (!dd) return;
        var line = dd.querySelector('.hours-now');
        if (!line) {
          line = document.createElement('span');
          line.className = 'hours-now';
          dd.appendChild(line);
        }
        mark(line, text, kind);
      });
    });
  }

  function mark(el, text, kind) {
    el.textContent = text;
    el.classList.toggle('open', kind === 'open' || kind === 'always');
  }

  /** A switcher link about to be followed (pressed, or reached by the keyboard) takes the address's query along. */
  function carryQuery(e) {
    var a = e.target && e.target.closest ? e.target.closest('.site-languages li:not(.site-easy) a') : null;
    if (a) a.setAttribute('href', a.getAttribute('href').split(/[?#]/)[0] + location.search);
  }
  document.addEventListener('pointerdown', carryQuery);
  document.addEventListener('focusin', carryQuery);

  /**
   * Escape closes the open menu and puts the focus back on its button, as a keyboard user expects of
   * a menu (WAI-ARIA's disclosure pattern); on a wide screen the menu has no button and stays.
   */
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    var menu = document.querySelector('details.site-menu[open]');
    var button = menu && menu.querySelector('summary');
    if (!button || !button.getClientRects().length || !menu.contains(document.activeElement)) return;
    menu.open = false;
    button.focus();
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
}());

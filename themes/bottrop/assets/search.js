/*
 * Quartier: the site search. Reads the index the build wrote (suche/index.json, from this site,
 * never another host) when the reader searches, and lists what it finds grouped by kind.
 * Words are brought into the same form as the build's (de.quartier.render.SearchText): lower
 * case, umlauts and their spellings made one (ü = ue = u, ß = ss), common endings cut. A query
 * word finds index words that equal it, start with it, or (from four letters) contain it, so
 * "Frühstück" finds "Nachbarschaftsfrühstück". Every query word must be found.
 */
(function () {
  'use strict';
  var STOP = ('der die das den dem des ein eine einer eines einem einen und oder in im am an auf aus bei mit von vom ' +
    'zu zum zur fur fuer für ist sind es sie wir ich the of and').split(' ');
  var VOWELS = 'aeiouy';
  var S_ENDING = 'bdfghklmnrt';
  var ST_ENDING = 'bdfghklmnt';

  function split(text) {
    return String(text || '').match(/[\p{L}\p{Nd}]+/gu) || [];
  }

  function fold(word) {
    var s = word.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}+/gu, '');
    var out = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i), prev = i > 0 ? s.charAt(i - 1) : ' ';
      // "ue" is a spelled ü, but not in "que" and not where the u stands between vowels ("Frauen", "neue")
      var spelled = c === 'e' && (prev === 'a' || prev === 'o' ||
        (prev === 'u' && (i < 2 || (s.charAt(i - 2) !== 'q' && VOWELS.indexOf(s.charAt(i - 2)) < 0))));
      if (!spelled) out += c;
    }
    return out;
  }

  function cut(w, endings) {
    for (var i = 0; i < endings.length; i++) {
      var e = endings[i];
      if (w.length - e.length >= 3 && w.slice(-e.length) === e) return w.slice(0, -e.length);
    }
    return w;
  }

  function cutS(w) {
    if (w.charAt(w.length - 1) === 's' && w.length - 1 >= 3 && S_ENDING.indexOf(w.charAt(w.length - 2)) >= 0) return w.slice(0, -1);
    return w;
  }

  function stem(w) {
    if (w.length <= 3 || !/^\p{L}+$/u.test(w)) return w;
    var s = cut(w, ['ern', 'em', 'er']);
    if (s === w) s = cutS(cut(w, ['en', 'es', 'e']));
    var t = cut(s, ['est', 'en', 'er']);
    if (t === s && s.slice(-2) === 'st' && s.length - 2 >= 4 && ST_ENDING.indexOf(s.charAt(s.length - 3)) >= 0)
      t = s.slice(0, -2);
    return t;
  }

  function normalize(word) {
    return stem(fold(word));
  }

  /** The query's words in search form; stop words count only if nothing else is asked. */
  function queryWords(q) {
    var raw = split(q);
    var kept = raw.filter(function (w) { return STOP.indexOf(w.toLowerCase()) < 0; });
    var seen = {};
    return (kept.length ? kept : raw).map(normalize).filter(function (w) {
      if (!w || seen[w]) return false;
      seen[w] = true;
      return true;
    });
  }

  var index = null;
  var wordList = null;

  function search(q) {
    var started = performance.now();
    var words = queryWords(q);
    var total = null;
    words.forEach(function (qw) {
      var scores = {};
      for (var i = 0; i < wordList.length; i++) {
        var w = wordList[i];
        var quality = w === qw ? 1 : (qw.length >= 2 && w.lastIndexOf(qw, 0) === 0) ? 0.7
          : (qw.length >= 4 && w.indexOf(qw) > 0) ? 0.4 : 0;
        if (!quality) continue;
        var postings = index.words[w];
        for (var p = 0; p < postings.length; p += 2) {
          var s = postings[p + 1] * quality;
          if (!(scores[postings[p]] >= s)) scores[postings[p]] = s;
        }
      }
      if (total === null) total = scores;
      else {
        var both = {};
        for (var d in total) if (scores[d] !== undefined) both[d] = total[d] + scores[d];
        total = both;
      }
    });
    var results = Object.keys(total || {}).map(function (d) {
      var doc = index.docs[d];
      return { kind: doc[0], title: doc[1], href: doc[2], text: doc[3], score: total[d] };
    });
    results.sort(function (a, b) { return b.score - a.score || a.title.localeCompare(b.title, 'de'); });
    api.lastMs = performance.now() - started;
    return results;
  }

  var api = window.QuartierSearch = { normalize: normalize, queryWords: queryWords, search: search, lastMs: null, ready: null };

  var form = document.getElementById('suche');
  if (!form) return;
  var field = document.getElementById('suche-feld');
  var status = document.getElementById('suche-status');
  var list = document.getElementById('suchergebnisse');
  var directory = document.getElementById('verzeichnis');

  function load() {
    if (!api.ready) api.ready = fetch(form.getAttribute('data-index'), { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (json) { index = json; wordList = Object.keys(json.words); return api; });
    return api.ready;
  }
  api.load = load;

  function show(q) {
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!q.trim()) {
      status.textContent = '';
      directory.hidden = false;
      return;
    }
    load().then(function () {
      var results = search(q);
      var n = results.length;
      status.textContent = form.getAttribute(n === 0 ? 'data-none' : n === 1 ? 'data-result' : 'data-results')
        .replace('{n}', function () { return String(n); }).replace('{q}', function () { return q; });
      directory.hidden = n > 0;
      // groups in the order of their best result (results are sorted), so what fits best comes first
      var order = [];
      results.forEach(function (r) { if (order.indexOf(r.kind) < 0) order.push(r.kind); });
      order.forEach(function (k) {
        var kind = index.kinds[k];
        var mine = results.filter(function (r) { return r.kind === k; });
        var section = document.createElement('section');
        var h = document.createElement('h2');
        h.id = 'treffer-' + k;
        h.textContent = kind + ' (' + mine.length + ')';
        section.setAttribute('aria-labelledby', h.id);
        section.appendChild(h);
        var ol = document.createElement('ol');
        mine.forEach(function (r) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = r.href;
          a.textContent = r.title;
          li.appendChild(a);
          if (r.text) {
            var p = document.createElement('p');
            p.textContent = r.text;
            li.appendChild(p);
          }
          ol.appendChild(li);
        });
        section.appendChild(ol);
        list.appendChild(section);
      });
    }, function () {
      status.textContent = form.getAttribute('data-failed');
    });
  }

  function fromUrl() {
    var q = new URLSearchParams(location.search).get('q') || '';
    field.value = q;
    var header = document.getElementById('kopf-suche');
    if (header) header.value = q;
    show(q);
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = field.value;
    history.pushState(null, '', location.pathname + (q.trim() ? '?q=' + encodeURIComponent(q) : ''));
    show(q);
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
})();

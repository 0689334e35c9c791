/*
 * Quartier: the site search. Reads the index the build wrote under suche/index/ (from this site,
 * never another host) piece by piece when the reader searches: meta.json says how the index is cut
 * (de.quartier.render.search.SearchShards), a query word loads the word files where words that
 * equal it or begin with it stand, and from four letters one trigram file that lists the words
 * containing it; then the postings of the words it found, and the titles, links and lines of the
 * results it shows (the best 20 of each kind, more on request).
 * Words are brought into the same form as the build's (de.quartier.render.search.SearchText):
 * lower case, umlauts and their spellings made one (ü = ue = u, ß = ss), common endings cut. A
 * query word finds index words that equal it, start with it, or (from four letters) contain it,
 * so "Frühstück" finds "Nachbarschaftsfrühstück". Every query word must be found; where no page has
 * them all, the pages with most of them are shown, and the status says so.
 */
(function () {
  'use strict';
  var VOWELS = 'aeiouy';
  var S_ENDING = 'bdfghklmnrt';
  var ST_ENDING = 'bdfghklmnt';

  function split(text) {
    return String(text || '').match(/[\p{L}\p{Nd}]+/gu) || [];
  }

  function fold(word) {
    var s = word.toLowerCase().replace(/ß/g, 'ss').replace(/ı/g, 'i').normalize('NFD').replace(/\p{M}+/gu, '');
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

  /** The query's words in search form; stop words (the build's, in meta.json) count only if nothing else is asked. */
  function queryWords(q) {
    var raw = split(q);
    var stop = (meta && meta.stop) || [];
    var kept = raw.filter(function (w) { return stop.indexOf(w.toLowerCase()) < 0; });
    var seen = {};
    return (kept.length ? kept : raw).map(normalize).filter(function (w) {
      if (!w || seen[w]) return false;
      seen[w] = true;
      return true;
    });
  }

  /** Results shown per kind at first, and added by each "more". */
  var SHOWN = 20;
  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  var DIGIT = {};
  for (var d = 0; d < DIGITS.length; d++) DIGIT[DIGITS.charAt(d)] = d;

  var meta = null;
  var metaUrl = null;
  var files = {};

  function has(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
  }

  function fetchJson(url, fresh) {
    if (!has(files, url)) {
      files[url] = fetch(url, { credentials: 'same-origin', cache: fresh ? 'no-cache' : 'default' })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
      // a failed file is asked for again by the next search
      files[url].catch(function () { delete files[url]; });
    }
    return files[url];
  }

  /** A file of the index: w (words), g (trigrams), p (postings), d (documents). */
  function file(folder, n) {
    return folder + '/' + n + '.json';
  }

  function fetchFile(name) {
    return fetchJson(metaUrl.slice(0, metaUrl.lastIndexOf('/') + 1) + name + '?v=' + encodeURIComponent(meta.version));
  }

  /** The last file whose first key is not after key (the first file for a key before all); -1 without files. */
  function fileOf(firsts, key) {
    var lo = 0, hi = firsts.length - 1, found = firsts.length ? 0 : -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (firsts[mid] <= key) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  /**
   * The files a query word (in search form) needs: the word files from the one where it would
   * stand to the one where the words beginning with it end, and from four letters the trigram
   * file, the smallest among those of its trigrams, with the trigram to read there.
   */
  function plan(qw) {
    var out = { words: [], gram: null, gramFile: null };
    var first = fileOf(meta.words, qw);
    var last = qw.length >= 2 ? fileOf(meta.words, qw + '\uffff') : first;
    for (var s = first; s >= 0 && s <= last; s++) out.words.push(file('w', s));
    if (qw.length >= 4 && meta.grams.length) {
      var best = -1;
      for (var i = 0; i + 3 <= qw.length; i++) {
        var g = qw.slice(i, i + 3), f = fileOf(meta.grams, g);
        if (best < 0 || meta.gramBytes[f] < meta.gramBytes[best]) { best = f; out.gram = g; }
      }
      out.gramFile = file('g', best);
    }
    return out;
  }

  /** The index words a query word finds, each with its postings (or their file) and how well it matches. */
  function matches(qw) {
    var p = plan(qw);
    var loads = p.words.map(fetchFile);
    if (p.gram !== null) loads.push(fetchFile(p.gramFile).then(function (json) { return has(json, p.gram) ? json[p.gram] : {}; }));
    return Promise.all(loads).then(function (objects) {
      var found = new Map();
      p.words.forEach(function (name, i) {
        Object.keys(objects[i]).forEach(function (w) {
          var quality = w === qw ? 1 : (qw.length >= 2 && w.lastIndexOf(qw, 0) === 0) ? 0.7 : 0;
          if (quality) found.set(w, { word: w, value: objects[i][w], quality: quality });
        });
      });
      if (p.gram !== null) {
        var list = objects[objects.length - 1];
        Object.keys(list).forEach(function (w) {
          if (!found.has(w) && w.indexOf(qw) > 0) found.set(w, { word: w, value: list[w], quality: 0.4 });
        });
      }
      return Array.from(found.values());
    });
  }

  /** Calls back with each document and weight of postings in the index's form (see SearchShards). */
  function decode(postings, callback) {
    var n = meta.weights.length, v = 0, previous = -1;
    for (var i = 0; i < postings.length; i++) {
      var digit = DIGIT[postings.charAt(i)];
      if (digit >= 32) { v = v * 32 + digit - 32; continue; }
      v = v * 32 + digit;
      previous += 1 + Math.floor(v / n);
      callback(previous, meta.weights[v % n]);
      v = 0;
    }
  }

  function kindOf(doc) {
    var k = 0;
    while (k + 1 < meta.kinds.length && meta.kinds[k + 1][1] <= doc) k++;
    return k;
  }

  /**
   * Every document that has every query word, best first (by score; equal scores in the order of
   * the documents, which is by kind and title): [{ doc, kind, score }].
   */
  function search(q) {
    var started = performance.now();
    return load().then(function () {
      return Promise.all(queryWords(q).map(matches));
    }).then(function (matched) {
      var need = {};
      matched.forEach(function (found) {
        found.forEach(function (m) { if (typeof m.value === 'number') need[m.value] = true; });
      });
      var numbers = Object.keys(need);
      return Promise.all(numbers.map(function (n) { return fetchFile(file('p', n)); })).then(function (loaded) {
        var postings = {};
        numbers.forEach(function (n, i) { postings[n] = loaded[i]; });
        var total = null, perWord = [];
        matched.forEach(function (found) {
          var scores = new Map();
          // a word found as written puts the words that only begin with it or hold it behind (a 40th:
          // below it at any weight, which is at most 31):
          // "Buer" first finds Buer, then "Büro" (folded "buro" begins with "bur")
          var exact = found.some(function (m) { return m.quality === 1; });
          found.forEach(function (m) {
            var quality = exact && m.quality < 1 ? m.quality / 40 : m.quality;
            decode(typeof m.value === 'number' ? postings[m.value][m.word] : m.value, function (doc, weight) {
              var s = weight * quality, before = scores.get(doc);
              if (before === undefined || before < s) scores.set(doc, s);
            });
          });
          perWord.push(scores);
          if (total === null) total = scores;
          else {
            var both = new Map();
            total.forEach(function (score, doc) {
              var s = scores.get(doc);
              if (s !== undefined) both.set(doc, score + s);
            });
            total = both;
          }
        });
        var results = [];
        if (total) total.forEach(function (score, doc) { results.push({ doc: doc, kind: kindOf(doc), score: score }); });
        results.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        if (results.length === 0 && perWord.length > 1) {
          // no page has every word ("Rotthausen Öffnungszeiten"): the pages with most of them, best first
          var words = new Map(), sum = new Map();
          perWord.forEach(function (scores) {
            scores.forEach(function (score, doc) {
              words.set(doc, (words.get(doc) || 0) + 1);
              sum.set(doc, (sum.get(doc) || 0) + score);
            });
          });
          sum.forEach(function (score, doc) { results.push({ doc: doc, kind: kindOf(doc), score: score, words: words.get(doc) }); });
          results.sort(function (a, b) { return b.words - a.words || b.score - a.score || a.doc - b.doc; });
          results.partial = true;
        }
        api.lastMs = performance.now() - started;
        return results;
      });
    });
  }

  /** Title, link and line of these documents, and their titles and lines in other languages: doc → { title, href, text, titles, lines }. */
  function documents(docs) {
    var names = [];
    docs.forEach(function (doc) {
      var name = file('d', Math.floor(doc / meta.docShard));
      if (names.indexOf(name) < 0) names.push(name);
    });
    return Promise.all(names.map(fetchFile)).then(function (loaded) {
      var out = new Map();
      docs.forEach(function (doc) {
        var d = loaded[names.indexOf(file('d', Math.floor(doc / meta.docShard)))][doc % meta.docShard];
        out.set(doc, { title: d[0], href: d[1].charAt(0) === '/' ? d[1] : meta.base + d[1], text: d[2], titles: d[3] || null, lines: d[4] || null });
      });
      return out;
    });
  }

  var api = window.QuartierSearch = {
    normalize: normalize, queryWords: queryWords, search: search, plan: function (qw) { return plan(qw); },
    documents: documents, lastMs: null, ready: null
  };

  var form = document.getElementById('suche');
  if (!form) return;
  var field = document.getElementById('suche-feld');
  var status = document.getElementById('suche-status');
  var list = document.getElementById('suchergebnisse');
  var directory = document.getElementById('verzeichnis');
  // the directory's note says that the field searches only with a script: here it does
  var noscript = directory && directory.querySelector('.search-noscript');
  if (noscript) noscript.hidden = true;

  function load() {
    if (!api.ready) {
      metaUrl = form.getAttribute('data-index');
      api.ready = fetchJson(metaUrl, true).then(function (json) { meta = json; api.meta = json; return api; });
      api.ready.catch(function () { api.ready = null; });
    }
    return api.ready;
  }
  api.load = load;

  function number(n) {
    return n.toLocaleString(document.documentElement.lang || 'de');
  }

  function text(key, values) {
    var s = form.getAttribute(key);
    Object.keys(values).forEach(function (k) {
      // on a right-to-left page the query is isolated (U+2068 … U+2069): a Latin word keeps its place
      var rtl = k === 'q' && document.documentElement.dir === 'rtl';
      s = s.replace('{' + k + '}', function () { return rtl ? '\u2068' + values[k] + '\u2069' : values[k]; });
    });
    return s;
  }

  // on a page in another language: the index is the original's, so its hits lead to this
  // language's version where the site has one (quarters, contact points, offerings, and the
  // info pages translated into it)
  var languageHome = form.getAttribute('data-language-home');
  var languagePages = (form.getAttribute('data-language-pages') || '').split('|');
  var originalHome = form.getAttribute('data-original-home');
  var kindNames = (form.getAttribute('data-kinds') || '').split('|');
  function kindName(k) {
    return kindNames[k] || meta.kinds[k][0];
  }
  function localHref(href) {
    if (!languageHome || href.indexOf(originalHome) !== 0) return href;
    var rest = href.substring(originalHome.length);
    if (/^[a-z0-9-]+\/$/.test(rest) && languagePages.indexOf(rest.slice(0, -1)) >= 0) return languageHome + rest;
    return /^(quartiere|anlaufstellen|angebote)\/([a-z0-9-]+\/)?$/.test(rest) && rest !== 'angebote/finden/' ? languageHome + rest : href;
  }

  function item(d) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = localHref(d.href);
    // on a page in another language a translated record shows its title in it, others the original's
    var own = languageHome && d.titles && d.titles[document.documentElement.lang];
    a.textContent = own || d.title;
    if (languageHome && !own) a.lang = 'de';
    li.appendChild(a);
    // and its line in it where it has one (a translated summary, an office's kind, an offering's times), else the original's, marked German
    var ownLine = languageHome && d.lines && d.lines[document.documentElement.lang];
    if (ownLine || d.text) {
      var p = document.createElement('p');
      p.textContent = ownLine || d.text;
      if (languageHome && !ownLine) p.lang = 'de';
      li.appendChild(p);
    }
    return li;
  }

  /** A kind's results: its heading with the count, the first ones, and a button for more. */
  function group(k, results, shown) {
    var section = document.createElement('section');
    var h = document.createElement('h2');
    h.id = 'treffer-' + k;
    h.textContent = kindName(k) + ' (' + number(results.length) + ')';
    section.setAttribute('aria-labelledby', h.id);
    section.appendChild(h);
    var ol = document.createElement('ol');
    results.slice(0, SHOWN).forEach(function (r) { ol.appendChild(item(shown.get(r.doc))); });
    section.appendChild(ol);
    if (results.length > SHOWN) {
      var more = document.createElement('button');
      more.type = 'button';
      var count = SHOWN;
      var label = function () {
        more.textContent = text('data-more', { kind: kindName(k), shown: number(count), n: number(results.length) });
      };
      label();
      more.addEventListener('click', function () {
        var next = results.slice(count, count + SHOWN);
        more.disabled = true;
        documents(next.map(function (r) { return r.doc; })).then(function (docs) {
          var first = null;
          next.forEach(function (r) {
            var li = item(docs.get(r.doc));
            ol.appendChild(li);
            if (!first) first = li.querySelector('a');
          });
          count += next.length;
          more.disabled = false;
          if (count < results.length) label(); else section.removeChild(more);
          if (first) first.focus();
        }, function () {
          more.disabled = false;
          status.textContent = form.getAttribute('data-failed');
        });
      });
      section.appendChild(more);
    }
    return section;
  }

  var latest = 0;

  function show(q) {
    var mine = ++latest;
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!q.trim()) {
      status.textContent = '';
      directory.hidden = false;
      return;
    }
    search(q).then(function (results) {
      if (mine !== latest) return;
      // kinds in the order of their best result (results are sorted), so what fits best comes first
      var order = [], byKind = {};
      results.forEach(function (r) {
        if (!byKind[r.kind]) { byKind[r.kind] = []; order.push(r.kind); }
        byKind[r.kind].push(r);
      });
      var first = [];
      order.forEach(function (k) { byKind[k].slice(0, SHOWN).forEach(function (r) { first.push(r.doc); }); });
      return documents(first).then(function (shown) {
        if (mine !== latest) return;
        var n = results.length;
        var head = text(n === 0 ? 'data-none' : results.partial ? 'data-some' : n === 1 ? 'data-result' : 'data-results', { n: number(n), q: q });
        var note = order.some(function (k) { return byKind[k].length > SHOWN; }) ? text('data-shown', { n: number(SHOWN) }) : '';
        // "… with some of them (top 20 per group):": the note before a closing colon, not after it
        status.textContent = !note ? head : /:$/.test(head) ? head.replace(/\s*:$/, ' ' + note + ':') : head + ' ' + note;
        directory.hidden = n > 0;
        order.forEach(function (k) { list.appendChild(group(k, byKind[k], shown)); });
      });
    }).catch(function () {
      if (mine === latest) status.textContent = form.getAttribute('data-failed');
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

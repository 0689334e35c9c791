/*
 * Quartier's preview (quartier serve only, never in a build): reloads the page when what it shows
 * has changed on disk, and keeps where the reader was on it. The server says when: it knows which
 * page each open tab shows and what that page looked like.
 */
(function () {
  'use strict';
  var me = document.currentScript;
  var key = 'quartier-vorschau:' + location.pathname;
  try {
    var y = sessionStorage.getItem(key);
    if (y !== null) {
      sessionStorage.removeItem(key);
      var to = parseInt(y, 10);
      window.scrollTo(0, to);
      window.addEventListener('load', function () { window.scrollTo(0, to); });
    }
  } catch (e) { /* no storage: start at the top */ }
  if (!window.EventSource) return;
  var own = me.getAttribute('data-events').replace(/events$/, '');
  var tab = Math.random().toString(36).slice(2);
  var source = new EventSource(own + 'events?page=' + encodeURIComponent(location.pathname) +
    '&hash=' + encodeURIComponent(me.getAttribute('data-hash')) + '&tab=' + tab);
  // as the page goes, the server stops working out what this tab would show
  window.addEventListener('pagehide', function () {
    source.close();
    if (navigator.sendBeacon) navigator.sendBeacon(own + 'left?tab=' + tab);
  });
  source.addEventListener('reload', function () {
    try { sessionStorage.setItem(key, String(window.scrollY)); } catch (e) { /* reload anyway */ }
    source.close();
    location.reload();
  });
  var notice = document.getElementById('quartier-hinweise');
  if (notice) {
    var seen = 'quartier-hinweise:' + notice.getAttribute('data-hash');
    try { if (sessionStorage.getItem(seen)) notice.hidden = true; } catch (e) { /* show it */ }
    var close = notice.querySelector('button');
    if (close) close.addEventListener('click', function () {
      notice.hidden = true;
      try { sessionStorage.setItem(seen, '1'); } catch (e) { /* hidden for now */ }
    });
  }
}());

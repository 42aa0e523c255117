// Rollup Lab's live updates, no framework. The page listens to /api/events/stream (Server-Sent
// Events: every rollup event and the new L1 blocks). An element with an id and
// data-live="TOPICS" (space-separated: l1, optimistic, zk, or * for any) is re-rendered when a
// message of one of its topics arrives: the page is fetched again and the element replaced by its
// fresh copy, so the server renders everything and a page without JavaScript shows the same.
// Pages may also listen for the DOM event "lab:event" (detail: the message) and call lab.post().
// Countdowns (data-deadline, see templates/layout.html) tick every second on the L1 clock.
(function () {
  'use strict';
  var REFRESH_DELAY_MS = 200; // gathers a burst of events into one re-render, well inside a second
  var waiting = new Set();
  var timer = null;
  var busy = false;

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : '';
  }

  // POSTs JSON to the lab's API with the CSRF token; resolves with the parsed answer or rejects with its error.
  function post(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken() },
      body: JSON.stringify(body || {})
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) { throw new Error(json.error || response.statusText); }
        return json;
      });
    });
  }

  function wants(element, topics) {
    var mine = element.getAttribute('data-live').split(/\s+/);
    return topics.has('*') || mine.indexOf('*') >= 0 || mine.some(function (topic) { return topics.has(topic); });
  }

  function refresh() {
    timer = null;
    if (busy) { schedule(); return; }
    var topics = waiting;
    waiting = new Set();
    var targets = Array.prototype.filter.call(document.querySelectorAll('[data-live][id]'),
      function (element) { return wants(element, topics); });
    if (targets.length === 0) { return; }
    busy = true;
    fetch(location.href, { headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        readL1Clock(fresh); // a fast-forward moved it
        targets.forEach(function (element) {
          var copy = fresh.getElementById(element.id);
          // only what changed is replaced, so an unchanged part keeps its place, focus and selection
          if (copy && copy.outerHTML !== element.outerHTML) { element.replaceWith(document.importNode(copy, true)); }
        });
        document.dispatchEvent(new CustomEvent('lab:refreshed'));
      })
      .catch(function () { /* the stream's reconnect brings the page up to date */ })
      .finally(function () { busy = false; });
  }

  function schedule(topic) {
    if (topic) { waiting.add(topic); }
    if (timer === null) { timer = setTimeout(refresh, REFRESH_DELAY_MS); }
  }

  function connect() {
    var status = document.getElementById('live-status');
    if (!window.EventSource) { return; }
    var source = new EventSource('/api/events/stream');
    source.onopen = function () {
      if (status) { status.textContent = 'live'; status.className = 'live-status on'; }
      // what happened between the page's rendering (or the last message) and now came with no message
      schedule('*');
    };
    source.onerror = function () {
      if (status) { status.textContent = 'reconnecting'; status.className = 'live-status off'; }
    };
    source.onmessage = function (event) {
      var message = JSON.parse(event.data);
      schedule(message.rollup);
      document.dispatchEvent(new CustomEvent('lab:event', { detail: message }));
    };
  }

  // The L1 clock runs ahead of the wall clock by however far the lab was fast-forwarded: each page
  // carries it as rendered (<meta name="l1-clock">, seconds), and this is its lead on the browser's clock.
  var l1Lead = 0;
  function readL1Clock(doc) {
    var meta = doc.querySelector('meta[name="l1-clock"]');
    if (meta) { l1Lead = parseInt(meta.content, 10) - Date.now() / 1000; }
  }

  // A countdown (fragment layout :: countdown) ticks from its deadline on the L1 clock, every second.
  function duration(seconds) {
    var units = [[86400, 'd'], [3600, 'h'], [60, 'm'], [1, 's']];
    var parts = [];
    units.forEach(function (unit) {
      var n = Math.floor(seconds / unit[0]);
      seconds %= unit[0];
      if ((n > 0 || parts.length > 0) && parts.length < 2) { parts.push(n + ' ' + unit[1]); }
    });
    return parts.length ? parts.join(' ') : '0 s';
  }

  function tick() {
    var l1Now = Math.floor(Date.now() / 1000 + l1Lead);
    document.querySelectorAll('[data-deadline]').forEach(function (element) {
      var left = parseInt(element.getAttribute('data-deadline'), 10) - l1Now;
      // Thymeleaf leaves an empty data-prefix out
      element.textContent = left > 0 ? (element.getAttribute('data-prefix') || '') + duration(left) + ' left'
        : element.getAttribute('data-reached');
    });
  }

  readL1Clock(document);
  setInterval(tick, 1000);

  window.lab = { post: post, csrfToken: csrfToken, refresh: function () { schedule('*'); } };
  connect();
})();

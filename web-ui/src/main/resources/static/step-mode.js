// Step mode's panel: a role that starts waiting is no event in the feed, so while step mode is on
// the panel asks the lab once a second whether the pending step changed, and re-renders the page's
// live parts when it did (live.js). Without JavaScript the panel still works by reloading.
(function () {
  'use strict';
  setInterval(function () {
    var panel = document.getElementById('step-mode');
    if (!panel || panel.getAttribute('data-on') !== 'true' || !window.lab) { return; }
    fetch('/api/controls/step-mode').then(function (response) { return response.json(); }).then(function (state) {
      var shown = panel.getAttribute('data-pending') || '';
      var now = state.pending ? String(state.pending.number) : '';
      if (shown !== now || !state.on) { window.lab.refresh(); }
    }).catch(function () { /* the lab stopped: the live status says so */ });
  }, 1000);
})();

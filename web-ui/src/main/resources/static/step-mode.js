// Step mode's panel: a role that starts waiting is no event in the feed, so while step mode is on
// the panel asks the lab once a second whether the pending step changed, and re-renders the page's
// live parts when it did (live.js). Its buttons post without leaving the page, so a class keeps its
// place on a long page. Without JavaScript the panel's forms still work, by reloading.
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!window.lab || !form.closest || !form.closest('#step-mode')) { return; }
    event.preventDefault();
    var on = form.querySelector('input[name="on"]');
    window.lab.post(form.getAttribute('action'), on ? { on: on.value === 'true' } : {})
      .catch(function (error) { window.alert(error.message); })
      .then(function () { window.lab.refresh(); });
  });

  setInterval(function () {
    var panel = document.getElementById('step-mode');
    if (!panel || panel.getAttribute('data-on') !== 'true' || !window.lab) { return; }
    fetch('/api/controls/step-mode').then(function (response) { return response.json(); }).then(function (state) {
      var shown = panel.getAttribute('data-pending') || '';
      var now = state.pending ? state.pending.number + (state.released ? '-released' : '') : '';
      if (shown !== now || !state.on) { window.lab.refresh(); }
    }).catch(function () { /* the lab stopped: the live status says so */ });
  }, 1000);
})();

/* The search page: its own field, filled from ?q=, and results with their bounce badge and the
   first sentence of their summary. Uses site.js (window.SmtpSite); loaded on the search page only. */
(function () {
  'use strict';
  var site = window.SmtpSite, el = site.el;

  function summary(s) { return s ? /^[\s\S]*?[.!?](?=\s|$)|^[\s\S]*/.exec(s)[0] : ''; }

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('search-page'), input = document.getElementById('search-q');
    var list = document.getElementById('search-page-results'), words = list.dataset;
    function show() {
      var q = input.value.trim();
      try { history.replaceState(null, '', q ? '?q=' + encodeURIComponent(q) : location.pathname); } catch (e) { /* file:// */ }
      site.withData(function (data) {
        var found = q ? site.search(data, q, 50) : [];
        list.textContent = '';
        found.forEach(function (r) {
          var li = el('li'), a = el('a');
          a.href = site.root + r.h;
          if (r.c) { a.append(el('span', 'code', r.c), ' '); }
          a.append(el('span', '', r.t));
          li.append(a);
          if (r.b) { li.append(' ', el('span', 'badge ' + r.b, words[r.b])); }
          if (r.s) { li.append(el('p', 'summary', summary(r.s))); }
          list.append(li);
        });
        if (q && !found.length) { list.append(el('li', 'notice', words.empty)); }
      });
    }
    input.value = new URLSearchParams(location.search).get('q') || '';
    form.addEventListener('submit', function (ev) { ev.preventDefault(); show(); });
    input.addEventListener('input', show);
    if (input.value) { show(); }
  });
})();

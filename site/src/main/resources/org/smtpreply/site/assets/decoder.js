/* The decoder page: decodes what is pasted (a reply, log lines, a bounce email) in the browser,
   opens a shared link (#reply= and the percent-encoded text; a fragment never reaches a server)
   and makes one for the current text. The answer is drawn by bounce-view.js, loaded with the
   bounce reader and the locale's data on the first decoding. Uses site.js (window.SmtpSite);
   loaded on the decoder page only. */
(function () {
  'use strict';
  var site = window.SmtpSite, el = site.el, shared = null;

  function byId(id) { return document.getElementById(id); }

  /* Loads the scripts at urls in turn, then calls fn. */
  function load(urls, fn) {
    if (!urls.length) { fn(); return; }
    var s = document.createElement('script');
    s.src = urls[0];
    s.onload = function () { load(urls.slice(1), fn); };
    document.head.appendChild(s);
  }

  document.addEventListener('DOMContentLoaded', function () {
    var form = byId('decoder'), area = byId('reply'), out = byId('decoded'), words = form.dataset;
    var link = byId('decoder-link'), status = byId('decoder-status');

    function note(text) { out.appendChild(el('p', 'notice', text)); }

    /* Decodes the text in the box; then() runs once the answer is shown. */
    function decode(then) {
      var text = area.value, r = window.SmtpDecode.parse(text);
      out.textContent = '';
      if (!text.trim()) { note(words.empty); return; }
      var problem = r.error && words[{mixed: 'mixed', mismatch: 'mismatch'}[r.error.kind] || 'nocode'];
      var bounce = r.error && (r.error.kind === 'none' || /^\s*\S+:/.test(text));
      if (r.error && !bounce) { note(problem); return; }
      site.withData(function (data) {
        var show = function () {
          var view = window.SmtpBounceView;
          out.textContent = '';
          if (bounce) { view.show(data, out, text, problem, site.root); } else { view.reply(data, out, r, site.root); }
          if (then) { then(); }
        };
        if (window.SmtpBounceView) { show(); return; }
        load([words.reader, words.readerView, words.readerData], show);
      });
    }

    /* Opens #reply=TEXT: fills the box, decodes, and brings the verdict into view. */
    function open() {
      var m = /^#reply=([\s\S]*)$/.exec(location.hash);
      if (!m || location.hash === shared) { return; }
      try { area.value = decodeURIComponent(m[1]); } catch (e) { area.value = m[1]; }
      decode(function () { (byId('verdict') || out).scrollIntoView(); });
    }

    form.addEventListener('submit', function (ev) { ev.preventDefault(); decode(); });
    byId('decoder-example').addEventListener('click', function (ev) {
      area.value = ev.target.getAttribute('data-example');
      decode();
    });
    byId('decoder-share').addEventListener('click', function () {
      shared = '#reply=' + encodeURIComponent(area.value);
      var url = location.href.replace(/#[\s\S]*$/, '') + shared;
      try { history.replaceState(null, '', shared); } catch (e) { location.replace(url); }
      link.value = url;
      link.parentNode.hidden = false;
      link.select();
      status.textContent = words.shareManual;
      if (navigator.clipboard) {
        navigator.clipboard.writeText(url).then(function () { status.textContent = words.shareCopied; }, function () {});
      }
    });
    window.addEventListener('hashchange', open);
    open();
  });
})();

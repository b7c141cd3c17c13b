/* The header's offline search; every page reads fine without this. Data: window.SMTP_DATA from
   assets/search-<lang>.js. The search and decoder pages' own scripts use window.SmtpSite. Text goes
   in with textContent, never as markup. */
(function () {
  'use strict';
  var me = document.currentScript.dataset, root = me.root, waiting = [];

  function withData(fn) {
    if (window.SMTP_DATA) { fn(window.SMTP_DATA); return; }
    waiting.push(fn);
    if (waiting.length > 1) { return; }
    var s = document.createElement('script');
    s.src = me.index;
    s.onload = function () { var w = waiting; waiting = []; w.forEach(function (f) { f(window.SMTP_DATA); }); };
    document.head.appendChild(s);
  }

  /* Lower case, accents removed, but ñ kept apart from n. */
  function norm(s) {
    return s.toLowerCase().replace(/ñ/g, '\u0001').normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '').replace(/\u0001/g, 'ñ');
  }

  function byId(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }

  var BOUNCE = {'2': 'none', '4': 'soft', '5': 'hard'};

  function firstForm(entry, digit) {
    var k = digit && entry.f[digit] ? digit : Object.keys(entry.f).pop();
    return [k, entry.f[k]];
  }

  /* Results for a query, best first: the exact code (550, 5.1.1, a provider's 5.7.708 or TSS04),
     codes it begins (55, 5.1), entries with every word in the title (whole words before word
     starts), then in the text. Ties: the code more providers' replies carry (w), then catalog order. */
  function search(data, query, limit) {
    var q = norm(query.trim()), out = [], m;
    function add(e, c, h, b, r) { out.push({c: c, t: e.t, s: e.s, h: h, b: b, r: r, w: e.w || 0}); }
    if (!q) { return out; }
    if (/^\d{1,3}$/.test(q)) {
      data.entries.forEach(function (e) {
        if (e.h && /^\d{3}$/.test(e.c) && e.c.indexOf(q) === 0) { add(e, e.c, e.h, e.b, e.c === q ? 0 : 1); }
      });
    } else if ((m = /^([245x])\.(\d{1,3})?(?:\.(\d{0,3}))?$/.exec(q))) {
      data.entries.forEach(function (e) {
        var p = /^X\.(\d+)\.(\d+)$/.exec(e.c);
        if (!p || (m[2] && p[1] !== m[2]) || (m[3] && p[2].indexOf(m[3]) !== 0)) { return; }
        var form = firstForm(e, m[1] === 'x' ? null : m[1]);
        add(e, form[0] + '.' + p[1] + '.' + p[2], form[1], BOUNCE[form[0]], m[3] === p[2] ? 0 : 1 + Number(p[2]) / 1000);
      });
    } else {
      var words = q.split(/[^a-z0-9ñ]+/).filter(Boolean);
      data.entries.forEach(function (e) {
        var title = ' ' + norm(e.t).replace(/[^a-z0-9ñ]+/g, ' ') + ' ';
        var all = title + norm(e.s).replace(/[^a-z0-9ñ]+/g, ' ');
        var score = 0, inTitle = 1;
        for (var i = 0; i < words.length; i++) {
          var w = ' ' + words[i];
          if (title.indexOf(w + ' ') >= 0) { score += 3; } else if (title.indexOf(w) >= 0) { score += 2; } else if (all.indexOf(w) >= 0) { score += 1; inTitle = 0; } else { return; }
        }
        var code = e.c.charAt(0) === 'X' ? firstForm(e, '5') : [e.c, e.h];
        add(e, code[0] === e.c ? e.c : code[0] + e.c.substring(1), code[1], e.b || BOUNCE[code[0]], 3 - inTitle - score / 100);
      });
    }
    (data.replies || []).forEach(function (e) {
      if (e.k.indexOf(' ' + q) >= 0) { add(e, e.c, e.h, e.b, e.k.indexOf(' ' + q + ' ') >= 0 ? .5 : 1.5); }
    });
    out.sort(function (a, b) { return a.r - b.r || b.w - a.w; });
    return out.slice(0, limit);
  }

  /* In the search box's listbox an option holds no link (ARIA forbids nesting interactive
     elements); a click or Enter opens it. On the search page each result is a plain link. */
  function resultItem(r, id) {
    var li = el('li'), a = el(id ? 'span' : 'a');
    if (id) { li.id = id; li.setAttribute('role', 'option'); li.setAttribute('data-h', r.h); } else { a.href = root + r.h; }
    if (r.c) { a.appendChild(el('span', 'code', r.c)); a.append(' '); }
    a.appendChild(el('span', '', r.t));
    li.appendChild(a);
    return li;
  }

  function initSearchBox() {
    var input = byId('q'), list = byId('q-results');
    if (!input) { return; }
    var results = [], active = -1;
    [['role', 'combobox'], ['aria-controls', 'q-results'], ['aria-expanded', 'false'], ['aria-autocomplete', 'list']]
      .forEach(function (a) { input.setAttribute(a[0], a[1]); });
    function show() {
      list.textContent = '';
      results.forEach(function (r, i) {
        var li = resultItem(r, 'q-opt-' + i);
        li.setAttribute('aria-selected', i === active ? 'true' : 'false');
        list.appendChild(li);
      });
      list.hidden = results.length === 0;
      input.setAttribute('aria-expanded', results.length ? 'true' : 'false');
      if (active >= 0) { input.setAttribute('aria-activedescendant', 'q-opt-' + active); } else { input.removeAttribute('aria-activedescendant'); }
    }
    input.addEventListener('focus', function () { withData(function () {}); });
    list.addEventListener('click', function (ev) {
      var li = ev.target.closest('li');
      if (li) { location.href = root + li.getAttribute('data-h'); }
    });
    input.addEventListener('input', function () {
      withData(function (data) { results = search(data, input.value, 8); active = results.length ? 0 : -1; show(); });
    });
    input.addEventListener('keydown', function (ev) {
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        if (!results.length) { return; }
        ev.preventDefault();
        active = (active + (ev.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
        show();
      } else if (ev.key === 'Enter' && active >= 0 && results.length) {
        ev.preventDefault();
        location.href = root + results[active].h;
      } else if (ev.key === 'Escape') {
        results = []; active = -1; show();
      }
    });
    document.addEventListener('keydown', function (ev) {
      var t = ev.target.tagName;
      if (ev.key === '/' && t !== 'INPUT' && t !== 'TEXTAREA' && !ev.ctrlKey && !ev.metaKey) {
        ev.preventDefault();
        input.focus();
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    initSearchBox();
  });
  window.SmtpSite = {root: root, el: el, withData: withData, search: search};
})();

/* Shows what the bounce reader (bounce.js) finds in a pasted email, DSN fields or log lines: one
   card per failed or delayed recipient, or what a message without failure is. Loaded by site.js
   with bounce.js and the locale's data (window.SMTP_BOUNCES) only when the decoder needs it. Text
   goes in with textContent, never as markup. */
(function () {
  'use strict';
  var root = '';

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text) { e.textContent = text; }
    return e;
  }

  function link(text, href, cls) {
    var a = el('a', cls, text);
    a.href = root + href;
    return a;
  }

  function row(list, term, value) {
    list.appendChild(el('dt', '', term));
    var dd = el('dd');
    dd.append.apply(dd, value);
    list.appendChild(dd);
  }

  /* The page of a code: 550 by its entry, 5.1.1 by its registry entry's form of class 5. */
  function codeLink(data, code) {
    var parts = code.split('.'), entry;
    if (parts.length === 1) {
      entry = data.entries.find(function (e) { return e.c === code; });
      return entry && entry.h ? link(code, entry.h, 'code') : el('span', 'code', code);
    }
    entry = data.entries.find(function (e) { return e.c === 'X.' + parts[1] + '.' + parts[2]; });
    var href = entry && (entry.f[parts[0]] || entry.f[Object.keys(entry.f).pop()]);
    return href ? link(code, href, 'code') : el('span', 'code', code);
  }

  /* One failed or delayed recipient: reason, both verdicts, provider, codes, remote server. */
  function diagnosis(data, words, d) {
    var box = el('section', 'card bounce-result');
    box.appendChild(el('h2', 'recipient', d.recipient ? words.recipient + ': ' + d.recipient : words.unknownRecipient));
    var head = el('p');
    head.appendChild(el('strong', '', words.reason + ': '));
    head.appendChild(link(d.reason.t, d.reason.h, 'reason-title'));
    box.appendChild(head);
    var verdicts = el('ul', 'verdicts');
    [['verdict-message', words.message, d.retry ? words['message.retry'] : words['message.stop'], d.retry ? 'soft' : 'hard'],
      ['verdict-address', words.address, d.suppressAddress ? words['address.suppress'] : words['address.keep'],
        d.suppressAddress ? 'hard' : 'none']].forEach(function (v) {
      var li = el('li', v[0]);
      li.appendChild(el('span', 'badge ' + v[3], v[1]));
      li.append(' ' + v[2]);
      verdicts.appendChild(li);
    });
    box.appendChild(verdicts);
    box.appendChild(el('p', '', d.reason.m));
    box.appendChild(el('h3', '', words.whatToDo));
    box.appendChild(el('p', '', d.reason.d));
    box.appendChild(el('p', '', words['acts.' + d.reason.a]));
    var facts = el('dl', 'facts');
    if (d.provider) {
      row(facts, words.provider, [link(d.provider.n, d.provider.l + (d.providerReply ? '#' + d.providerReply.id : ''), 'provider')]);
    }
    var codes = [];
    if (d.code) { codes.push(codeLink(data, String(d.code))); }
    if (d.enhanced) {
      if (codes.length) { codes.push(' '); }
      codes.push(codeLink(data, d.enhanced));
    }
    if (codes.length) { row(facts, words.codes, codes); }
    if (d.remoteMta) { row(facts, words.remote, [d.remoteMta]); }
    if (d.text) { row(facts, words.server, [el('q', '', d.text)]); }
    box.appendChild(facts);
    return box;
  }

  var reader = null;

  /* Reads text (an email or mbox, DSN fields, or log lines) into out; fallback when nothing failed. */
  function show(data, out, text, fallback, siteRoot) {
    var B = window.SmtpBounce, words = window.SMTP_BOUNCES.ui, found = [], kinds = [];
    root = siteRoot;
    reader = reader || new B.Reader(window.SMTP_BOUNCES);
    if (B.isMail(text) || B.isStatus(text)) {
      reader.readMail(B.isMail(text) ? text : B.asStatus(text)).forEach(function (m) {
        if (m.noFailure) { kinds.push(m.noFailure); }
        found = found.concat(m.results);
      });
    } else {
      text.split(/\r?\n/).forEach(function (line) {
        var d = reader.readLine(line);
        if (d && (d.action === 'failed' || d.action === 'delayed')) { found.push(d); }
      });
    }
    out.textContent = '';
    found.forEach(function (d) { out.appendChild(diagnosis(data, words, d)); });
    kinds.forEach(function (k) {
      var box = el('section', 'card no-failure');
      box.appendChild(el('h2', '', words.noFailure));
      box.appendChild(el('p', '', words['noFailure.' + k]));
      out.appendChild(box);
    });
    if (!found.length && !kinds.length) { out.appendChild(el('p', 'notice', fallback)); }
  }

  window.SmtpBounceView = {show: show};
})();

/* The decoder's answer, as `smtp-reply explain` gives it, for a reply, log lines or a bounce email:
   per failed or delayed recipient the verdict box (the code pages' own: bounce, message, address
   with its reason, who acts), then the most specific answer first (the provider's documented
   reply, the enhanced code, the reason) before the basic code, with the sender's, administrator's
   and retry advice of the most specific code; or what a message without failure is. Loaded by
   decoder.js with bounce.js and the locale's data (window.SMTP_BOUNCES) when the reader first
   decodes something. Text goes in with textContent, never as markup. */
(function () {
  'use strict';
  var root = '', words = null, reader = null;

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

  function badge(kind) { return el('span', 'badge ' + kind, words['bounce.' + kind]); }

  /* The verdict box: the markup of layout.ftlh's verdict macro; id="verdict" on the first answer only. */
  function verdict(d, level, first) {
    var box = el('section', 'verdict'), list = el('ul');
    var kind = d.action === 'failed' ? 'hard' : d.action === 'delayed' ? 'soft' : 'none';
    if (first) { box.id = 'verdict'; }
    box.appendChild(el(level, '', words['verdict.title']));
    var message = el('li', 'verdict-message');
    message.append(badge(kind), ' ' + words['verdict.message.' + {hard: 'stop', soft: 'retry', none: 'none'}[kind]]);
    list.appendChild(message);
    if (kind !== 'none') {
      var address = el('li', 'verdict-address' + (d.suppressAddress ? ' suppress' : ''));
      address.append(words['verdict.address.' + (d.suppressAddress ? 'suppress' : d.retry && d.reason.x ? 'later' : 'keep')] + ': ');
      address.appendChild(link(d.reason.t, d.reason.h, 'reason-title'));
      list.appendChild(address);
      list.appendChild(el('li', 'verdict-acts', words['verdict.acts.' + d.reason.a]));
    }
    box.appendChild(list);
    return box;
  }

  function card(level, title, cls) {
    var box = el('section', 'card' + (cls ? ' ' + cls : ''));
    box.appendChild(el(level, '', title));
    return box;
  }

  /* A code's card: the code (linked to its page), its title, its bounce badge, what it means. */
  function codeCard(data, level, code, digit) {
    var enhanced = code.indexOf('.') > 0, key = enhanced ? 'X' + code.substring(1) : code;
    var entry = data.entries.find(function (e) { return e.c === key; }), advice = window.SMTP_BOUNCES.codes[key];
    var shown = entry, note = null, href = entry && (enhanced ? entry.f[digit] || entry.f[Object.keys(entry.f).pop()] : entry.h);
    if (!entry) {
      shown = enhanced ? data.subjects[code.split('.')[1]] || data.classes[digit] : data.classes[digit];
      note = words[enhanced ? 'decoder.unknown.enhanced' : 'decoder.unknown'];
      href = enhanced ? null : shown.h;
    }
    var box = card(level, words[enhanced ? 'decoder.enhanced' : 'decoder.basic'], enhanced ? 'enhanced' : 'basic');
    var head = el('p');
    head.appendChild(el('strong')).appendChild(href ? link(code, href, 'code') : el('span', 'code', code));
    head.append(' ' + shown.t + ' ');
    head.appendChild(badge({'2': 'none', '3': 'none', '4': 'soft', '5': 'hard'}[digit]));
    box.appendChild(head);
    if (note) { box.appendChild(el('p', 'notice', note)); }
    box.appendChild(el('p', '', advice && advice[digit] || shown.s));
    return {box: box, advice: advice};
  }

  /* What the sender and the receiving administrator should do, and how to retry. */
  function adviceList(advice) {
    var list = el('dl', 'advice');
    [['code.sender', 's'], ['code.admin', 'a'], ['code.retry', 'r']].forEach(function (k) {
      list.appendChild(el('dt', '', words[k[0]]));
      list.appendChild(el('dd', '', advice[k[1]]));
    });
    return list;
  }

  /* One failed or delayed recipient (or a reply): the verdict, then the most specific answer first. */
  function diagnosis(data, d, first, titled) {
    var box = el('section', 'bounce-result'), level = titled ? 'h3' : 'h2';
    if (titled) { box.appendChild(el('h2', 'recipient', d.recipient ? words.recipient + ': ' + d.recipient : words.unknownRecipient)); }
    box.appendChild(verdict(d, level, first));
    if (d.provider) {
      var provider = card(level, words['explain.provider'], 'provider-reply'), line = el('p');
      line.appendChild(link(d.provider.n, d.provider.l + (d.providerReply ? '#' + d.providerReply.id : ''), 'provider'));
      if (d.providerReply) {
        line.append(': ' + d.providerReply.t);
        provider.appendChild(line);
        provider.appendChild(el('p', '', d.providerReply.d));
      } else {
        provider.appendChild(line);
      }
      box.appendChild(provider);
    }
    var codes = [], advice = null;
    if (d.enhanced) { codes.push(codeCard(data, level, d.enhanced, d.enhanced.charAt(0))); }
    var reason = card(level, words.reason + ': ' + d.reason.t, 'reason');
    reason.appendChild(el('p', '', d.reason.m));
    reason.appendChild(el('p')).append(el('strong', '', words.whatToDo + ': '), d.reason.d);
    if (d.code) { codes.push(codeCard(data, level, String(d.code), String(d.code).charAt(0))); }
    codes.forEach(function (c, i) {
      if (!advice && c.advice) { advice = c.advice; c.box.appendChild(adviceList(advice)); }
      box.appendChild(c.box);
      if (i === 0 && d.enhanced) { box.appendChild(reason); }
    });
    if (!d.enhanced) { box.insertBefore(reason, codes.length ? codes[0].box : null); }
    if (d.text || d.remoteMta) {
      var text = card(level, words['decoder.text'], 'server');
      if (d.text) { text.appendChild(el('pre', 'reply', d.text)); }
      if (d.remoteMta) { text.appendChild(el('p', '', words.remote + ': ' + d.remoteMta)); }
      box.appendChild(text);
    }
    return box;
  }

  function start(siteRoot) {
    root = siteRoot;
    words = window.SMTP_BOUNCES.ui;
    reader = reader || new window.SmtpBounce.Reader(window.SMTP_BOUNCES);
  }

  /* Reads text (an email or mbox, DSN fields, or log lines) into out; fallback when nothing failed. */
  function show(data, out, text, fallback, siteRoot) {
    var B = window.SmtpBounce, found = [], kinds = [];
    start(siteRoot);
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
    found.forEach(function (d, i) { out.appendChild(diagnosis(data, d, i === 0, true)); });
    kinds.forEach(function (k) {
      var box = el('section', 'card no-failure');
      box.appendChild(el('h2', '', words.noFailure));
      box.appendChild(el('p', '', words['noFailure.' + k]));
      out.appendChild(box);
    });
    if (!found.length && !kinds.length) { out.appendChild(el('p', 'notice', fallback)); }
  }

  /* A reply parsed by decode.js (r): classified as explain classifies it, shown with its text's lines. */
  function reply(data, out, r, siteRoot) {
    start(siteRoot);
    var digit = Number(r.basic.charAt(0));
    var enhanced = r.enhanced ? {c: Number(r.enhanced.d), s: Number(r.enhanced.s), d: Number(r.enhanced.n)} : null;
    var d = reader.diagnose({recipient: null, action: digit === 5 ? 'failed' : digit === 4 ? 'delayed' : 'delivered',
      code: Number(r.basic), enhanced: enhanced, text: r.text.join('\n'), remoteMta: null, gaveUp: false});
    out.appendChild(diagnosis(data, d, true, false));
  }

  window.SmtpBounceView = {show: show, reply: reply};
})();

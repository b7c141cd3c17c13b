/* The decoder's bounce reader: a whole bounce email (or an mbox of them), or mail-log lines, read
   with the same rules, in the same order, as the Java reader (core's LogLines, ReplyFinder,
   DeliveryStatus and BounceText; the bounce module's BounceReader; the catalog's Classifier and
   Diagnoser), so that a bounce reads the same on the site as on the command line. Both are tested
   against one corpus of bounces (BounceDecoderCorpusTest). The reasons and providers come from the
   catalog as data (assets/bounce-<lang>.js, window.SMTP_BOUNCES), never from this file. Loaded by
   the decoder only when what is pasted is not a plain reply. Needs decode.js. Pure functions: runs
   in the browser (window.SmtpBounce) and in Node (module.exports). ES2018. */
(function (root) {
  'use strict';
  var D = typeof module !== 'undefined' && module.exports ? require('./decode.js') : root.SmtpDecode;

  /* ---- Enhanced codes: {c, s, d} ---- */

  function enhancedOf(text) {
    var at = D.codeAt(text, 0, text.length);
    return at && at.end === text.length ? at : null;
  }
  function enhancedIn(text) { return D.findEnhanced(text, 0, text.length); }
  function str(e) { return e ? e.c + '.' + e.s + '.' + e.d : null; }
  function first(re, s) { re.lastIndex = 0; return re.exec(s); }
  function strip(s) { return s.replace(/^\s+|\s+$/g, ''); }
  function isBlank(s) { return !/\S/.test(s); }

  /* ---- ReplyFinder ---- */

  var IN_REPLY_TO = /\s*\(in reply to [^()]*\)\s*$/;
  var HOST_SAID = /\bhost ([a-z0-9][a-z0-9.-]*[a-z0-9])\.?\s*\[[^\]]*\](?::\d+)?\s*said:\s*/i;
  var SMTP_ERROR = /SMTP error from remote (?:mail server|mailer) after (?:[^:<]*:\s*<[^>]*>[^:]*|[^:<]*):\s*/i;
  var H_HOST = /\bH=([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])/;
  var EXIM_HOST = /\bhost ([a-z0-9][a-z0-9.-]*[a-z0-9])\.? \[[0-9a-f.:]+\]/i;
  var CONNECT_TO = /\b(?:connect to|while talking to|server) ([a-z0-9][a-z0-9.-]*[a-z0-9])\.?(?:\[|:| \[)/i;
  var QMAIL_HOST = /\b([0-9]{1,3}(?:\.[0-9]{1,3}){3}) (?:does not like recipient|does not like sender|failed after i sent the message)/i;
  var SAID = /(?:remote host said:|remote server returned '|the response (?:from the remote server )?was:|diagnostic-code:\s*\w+\s*;|<<<)\s*/i;
  var REPLY_START = /(?<![\w.@-])#?[2-5][0-9][0-9](?=[ \t,:-]|$)/;
  var VARIANT_COLON = /^(#?[2-5][0-9][0-9])(?::|,)\s*/;
  var TOKEN_COLON = /^(\S+)\s*:\s*(?=[245]\.[0-9])/;
  var ENHANCED_FIRST = /^([245]\.[0-9]{1,3}\.[0-9]{1,3})\s+([2-5][0-9][0-9])(?=[ \t-]|$)/;

  /* The reply a fragment holds and the server it names: {code, enhanced, text, remoteMta}. */
  function find(fragment) {
    var s = strip(fragment.replace(/\s*[\r\n]+\s*/g, ' ')).replace(IN_REPLY_TO, '');
    var host = null, reply = s, m;
    if ((m = HOST_SAID.exec(s))) {
      host = m[1];
      reply = s.substring(m.index + m[0].length);
    } else {
      if ((m = H_HOST.exec(s) || EXIM_HOST.exec(s) || CONNECT_TO.exec(s) || QMAIL_HOST.exec(s))) { host = m[1]; }
      var said = SMTP_ERROR.exec(s) || SAID.exec(s);
      if (said) {
        reply = s.substring(said.index + said[0].length);
        var exim = EXIM_HOST.exec(reply);
        if (exim && exim.index === 0) {
          host = exim[1];
          reply = reply.substring(exim[0].length).replace(/^\s*:?\s*/, '');
        }
      }
    }
    reply = strip(reply.replace(/'\s*$/, '').replace(/\s*##\s*$/, ''));
    return read(reply, host);
  }

  function read(candidate, host) {
    var s = candidate, m = ENHANCED_FIRST.exec(s);
    if (m) { s = m[2] + ' ' + m[1] + s.substring(m[0].length); }
    m = REPLY_START.exec(s);
    if (m && m.index > 0 && /^<?[^\s<>]+@[^\s<>]+>?:?$/.test(strip(s.substring(0, m.index)))) {
      s = s.substring(m.index);
    }
    if ((m = VARIANT_COLON.exec(s))) {
      var rest = s.substring(m[0].length), token = TOKEN_COLON.exec(rest);
      if (token) { rest = token[1] + ' ' + rest.substring(token[0].length); }
      s = m[1] + ' ' + rest;
    }
    try {
      var r = D.parseReply(s);
      return {code: r.code || null, enhanced: r.enhanced ? {c: r.enhanced.c, s: r.enhanced.s, d: r.enhanced.d} : null,
        text: D.textOf(r), remoteMta: host};
    } catch (err) {
      if (!(err instanceof D.ParseError)) { throw err; }
      return lenient(s, candidate, host);
    }
  }

  function lenient(s, candidate, host) {
    var m = REPLY_START.exec(s), code = null, rest = s;
    if (m && m.index === 0) {
      code = +m[0].replace('#', '');
      rest = s.substring(m[0].length).replace(/^[ \t-]+/, '');
    }
    var enhanced = enhancedIn(rest);
    var text = enhanced && rest.indexOf(str(enhanced)) === 0 ? strip(rest.substring(str(enhanced).length)) : rest;
    if (code === null && !enhanced) { text = candidate; }
    return {code: code, enhanced: enhanced, text: text, remoteMta: host};
  }

  /* ---- One recipient's report ---- */

  function report(recipient, action, found, enhanced, remoteMta, gaveUp, source) {
    return {recipient: recipient || null, action: action, code: found.code, enhanced: enhanced, text: found.text,
      remoteMta: remoteMta || null, gaveUp: gaveUp, source: source};
  }
  function inferred(classDigit) { return classDigit === 5 ? 'failed' : classDigit === 4 ? 'delayed' : 'delivered'; }
  function isFailure(action) { return action === 'failed' || action === 'delayed'; }
  function classOf(found) { return found.code !== null ? Math.floor(found.code / 100) : found.enhanced ? found.enhanced.c : 5; }

  /* A generic X.0.0 status gives way to the reply's more specific code of the same class. */
  function status(field, inReply) {
    if (!field) { return inReply; }
    if (field.s === 0 && field.d === 0 && inReply && inReply.c === field.c) { return inReply; }
    return field;
  }

  /* ---- LogLines ---- */

  var POSTFIX = /\bpostfix\/\S+?\[\d+\]: (?:[0-9A-Za-z]+: )?(?:to=<([^>]*)>.*?)?(?:, relay=([^,\s]+))?.*?(?:, dsn=([245]\.[0-9]{1,3}\.[0-9]{1,3}))?, status=(\w+)(?: \((.*)\)|,[^()]*)?\s*$/;
  var EXIM = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?(?: [+-]\d{4})? (?:\[\d+\] )?\S+ (\*\*|==|=>|->|\*>) (\S+)(.*)$/;
  var SENDMAIL = /\bto=<?([^,>\s]+)>?,.*?(?:\brelay=([^\s,]+?)\.?(?: \[[^\]]*\])?,.*?)?\bdsn=([245]\.[0-9]{1,3}\.[0-9]{1,3}), stat=(.*)$/;
  var FIELD = /^(diagnostic-code|status|action|final-recipient)\s*:\s*(.*)$/i;
  var ADDRESS = /<([^<>@\s]+@[^<>\s]+)>/;
  var BARE_ADDRESS = /^<?([^<>@\s:]+@[^<>\s:]+?)>?:?(?=\s|$)/;

  /* What one line says about one recipient, or null. */
  function readLogLine(line) {
    var s = strip(line), m;
    if (!s) { return null; }
    if ((m = POSTFIX.exec(s))) { return postfix(m); }
    if ((m = EXIM.exec(s))) { return exim(m); }
    if ((m = SENDMAIL.exec(s))) { return sendmail(m); }
    if ((m = FIELD.exec(s))) { return field(m[1].toLowerCase(), m[2]); }
    return replyLine(s, 'text');
  }

  function postfix(m) {
    var st = m[4].toLowerCase(), detail = m[5] || '', found = find(detail);
    var dsn = m[3] ? enhancedOf(m[3]) : null;
    var action = st === 'sent' ? 'delivered' : st === 'deferred' ? 'delayed' : 'failed';
    var relay = m[2] ? m[2].replace(/[\[:].*$/, '') : null;
    if (relay === 'none' || relay === 'local' || relay === '') { relay = null; }
    var host = found.remoteMta || relay || hostInText(detail);
    return report(m[1] || null, action, found, status(dsn, found.enhanced), host, st === 'expired', 'postfix-log');
  }

  function exim(m) {
    var flag = m[1], rest = m[3], recipient = m[2].replace(/^<|>:?$|:$/g, '');
    var colonAfter = /:$/.test(m[2]), colon = colonAfter ? -1 : detailStart(rest);
    var detail = colonAfter ? strip(rest) : colon < 0 ? '' : strip(rest.substring(colon + 1));
    var found = find(rest.indexOf('SMTP error') >= 0 ? rest : detail);
    var action = flag === '==' ? 'delayed' : flag === '=>' || flag === '->' || flag === '*>' ? 'delivered' : 'failed';
    var gaveUp = action === 'failed' && detail.toLowerCase().indexOf('retry timeout exceeded') >= 0;
    if (action === 'delivered') {
      var h = /\bH=(\S+)/.exec(rest);
      return report(recipient, action, {code: null, text: ''}, null, h ? h[1] : null, false, 'exim-log');
    }
    return report(recipient, action, found, found.enhanced, found.remoteMta, gaveUp, 'exim-log');
  }

  function detailStart(rest) {
    var host = /\bH=\S+(?: \[[^\]]*\])?(?: \S+=\S+)*:/.exec(rest);
    return host ? host.index + host[0].length - 1 : rest.indexOf(':');
  }

  function sendmail(m) {
    var stat = strip(m[4]), lower = stat.toLowerCase();
    var action = lower.indexOf('sent') === 0 ? 'delivered' : lower.indexOf('deferred') === 0 ? 'delayed' : 'failed';
    var detail = stat.replace(/^(deferred|sent)\s*:?\s*/i, '').replace(/^\((.*)\)$/, '$1');
    var found = find(detail), relay = m[2] ? m[2].replace(/\.$/, '') : null;
    return report(m[1], action, found, status(enhancedOf(m[3]), found.enhanced), relay, false, 'sendmail-log');
  }

  function field(name, value) {
    if (name === 'status') {
      var e = enhancedOf(strip(value).replace(/\s[\s\S]*$/, ''));
      return e ? report(null, inferred(e.c), {code: null, text: ''}, e, null, false, 'dsn-field') : null;
    }
    return name === 'diagnostic-code' ? replyLine('Diagnostic-Code: ' + value, 'dsn-field') : null;
  }

  function replyLine(s, source) {
    var found = find(s);
    if (found.code === null && !found.enhanced) { return null; }
    var classDigit = found.code !== null ? Math.floor(found.code / 100) : found.enhanced.c;
    return report(recipientIn(s), inferred(classDigit), found, found.enhanced, found.remoteMta, false, source);
  }

  function recipientIn(s) {
    var bare = BARE_ADDRESS.exec(strip(s));
    if (bare) { return bare[1]; }
    if (s.toLowerCase().indexOf('sender') >= 0) { return null; }
    var m = ADDRESS.exec(s);
    return m ? m[1] : null;
  }

  function hostInText(detail) {
    var m = /\bserver ([a-z0-9][a-z0-9.-]*[a-z0-9])\[/i.exec(detail);
    return m ? m[1] : null;
  }

  /* ---- DeliveryStatus (RFC 3464) ---- */

  function deliveryStatus(body) {
    var groups = [], group = {}, name = null, size = 0;
    body.split(/\r\n|\r|\n/).forEach(function (line) {
      if (isBlank(line)) {
        if (size) { groups.push(group); group = {}; size = 0; }
        name = null;
        return;
      }
      if ((line.charAt(0) === ' ' || line.charAt(0) === '\t') && name !== null) {
        group[name] = (group[name] || '') + ' ' + strip(line);
        return;
      }
      var colon = line.indexOf(':');
      if (colon <= 0) { return; }
      name = strip(line.substring(0, colon)).toLowerCase();
      if (!Object.prototype.hasOwnProperty.call(group, name)) { group[name] = strip(line.substring(colon + 1)); size++; }
    });
    if (size) { groups.push(group); }
    if (!groups.length) { return {message: {}, recipients: []}; }
    var firstIsRecipient = 'final-recipient' in groups[0] || 'action' in groups[0];
    return {message: firstIsRecipient ? {} : groups[0],
      recipients: groups.slice(firstIsRecipient ? 0 : 1).filter(function (g) {
        return 'final-recipient' in g || 'action' in g || 'status' in g;
      })};
  }

  function afterType(v) { var i = v.indexOf(';'); return strip(i < 0 ? v : v.substring(i + 1)); }
  function withoutComment(v) { return strip(v.replace(/\([^()]*\)/g, '')); }
  function comment(v) {
    var words = [], re = /\(([^()]*)\)/g, m;
    while ((m = re.exec(v))) { words.push(strip(m[1])); }
    return words.join(' ');
  }
  function has(o, k) { return Object.prototype.hasOwnProperty.call(o, k); }

  function dsnReport(f) {
    var recipient = has(f, 'final-recipient') ? f['final-recipient'] : has(f, 'original-recipient') ? f['original-recipient'] : null;
    if (recipient !== null) { recipient = afterType(recipient).replace(/^<|>$/g, '') || null; }
    var st = has(f, 'status') ? enhancedOf(withoutComment(f.status).replace(/\s[\s\S]*$/, '')) : null;
    var diagnostic = has(f, 'diagnostic-code') ? f['diagnostic-code'] : '';
    var found = diagnostic ? find('Diagnostic-Code: ' + diagnostic)
      : {code: null, enhanced: null, text: comment(has(f, 'status') ? f.status : ''), remoteMta: null};
    var enhanced = status(st, found.enhanced);
    var classDigit = found.code !== null ? Math.floor(found.code / 100) : enhanced ? enhanced.c : 5;
    var action = has(f, 'action') ? actionOf(f.action) : null;
    action = action || inferred(classDigit);
    var remote = has(f, 'remote-mta') ? withoutComment(afterType(f['remote-mta'])).replace(/\.$/, '') || null : null;
    var gaveUp = action === 'failed' && (enhanced ? enhanced.c === 4 : classDigit === 4);
    return report(recipient, action, found, enhanced, remote, gaveUp, 'dsn');
  }

  function actionOf(value) {
    var word = strip(value), space = word.indexOf(' ');
    if (space > 0) { word = word.substring(0, space); }
    word = word.toLowerCase();
    return ['failed', 'delayed', 'delivered', 'relayed', 'expanded'].indexOf(word) >= 0 ? word : null;
  }

  /* ---- BounceText: the human-readable part, paragraph by paragraph ---- */

  var ADDRESS_ONLY = /^\s*<?([^\s<>@:'"]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})>?:?\s*$/;
  var LEADING_ADDRESS = /^\s*<([^\s<>@]+@[A-Za-z0-9.-]+)>:?/;
  var RCPT_TO = /RCPT TO:\s*<([^<>@\s]+@[^<>\s]+)>/i;
  var ANGLE_ADDRESS = /<([^<>@\s]+@[A-Za-z0-9.-]+)>/;
  var REPLY_LIKE = /(\bsaid:|smtp error from remote|remote server returned|\(reason:|<<< [2-5][0-9][0-9]|\(#[245]\.[0-9]|the response (?:from the remote server )?was:|^\s*#?[45][0-9][0-9][ -]|\bdiagnostic-code:)/im;

  function lines(s) { return s.split(/\r\n|\r|\n/); }

  function paragraphs(text) {
    var out = [], current = [];
    lines(text).forEach(function (line) {
      var starts = LEADING_ADDRESS.test(line) && line.charAt(0) !== ' ' && line.charAt(0) !== '\t';
      if (isBlank(line) || starts) {
        if (current.length) { out.push(current.join('\n')); current = []; }
        if (isBlank(line)) { return; }
      }
      current.push(line);
    });
    if (current.length) { out.push(current.join('\n')); }
    return out;
  }

  function readText(text) {
    var reports = [], seen = {}, lastAddress = null;
    paragraphs(text).forEach(function (paragraph) {
      var alone = ADDRESS_ONLY.exec(paragraph);
      if (alone) { lastAddress = alone[1]; return; }
      if (!REPLY_LIKE.test(paragraph)) {
        var firstLine = ADDRESS_ONLY.exec(lines(paragraph)[0]);
        if (firstLine) { lastAddress = firstLine[1]; }
        return;
      }
      var recipient = recipientOf(paragraph);
      if (recipient === null) {
        lines(paragraph).some(function (l) { var a = ADDRESS_ONLY.exec(l); if (a) { recipient = a[1]; } return a; });
      }
      if (recipient === null) { recipient = lastAddress; }
      var found = find(fragment(paragraph));
      if (found.code === null && !found.enhanced) { return; }
      var key = recipient !== null ? 'r' + recipient : '|' + found.code + '|' + str(found.enhanced);
      if (seen[key]) { return; }
      seen[key] = true;
      reports.push(report(recipient, inferred(classOf(found)), found, found.enhanced, found.remoteMta, false, 'text'));
    });
    return reports;
  }

  function about(text, recipient) {
    var name = recipient.toLowerCase(), ps = paragraphs(text);
    for (var i = 0; i < ps.length; i++) {
      if (ps[i].toLowerCase().indexOf(name) < 0) { continue; }
      if (strip(ps[i]).replace(/[<>:]/g, '').toLowerCase() === name) { return wordsAfter(ps, i); }
      return strip(ps[i]).replace(/\s+/g, ' ');
    }
    return '';
  }

  function readWithoutCodes(text) {
    var reports = [], seen = {}, ps = paragraphs(text);
    ps.forEach(function (p, i) {
      var alone = ADDRESS_ONLY.exec(p);
      if (alone && !seen[alone[1].toLowerCase()]) {
        seen[alone[1].toLowerCase()] = true;
        var words = wordsAfter(ps, i);
        if (words) {
          reports.push(report(alone[1], 'failed', {code: null, text: words}, null, null, false, 'text'));
        }
      }
    });
    return reports;
  }

  function wordsAfter(ps, at) {
    var words = [];
    for (var i = at + 1; i < ps.length && i <= at + 3; i++) {
      var p = strip(ps[i]);
      if (ADDRESS_ONLY.test(p) || p.indexOf('---') === 0) { break; }
      if (/:$/.test(p) && p.indexOf(' ') < 0) { continue; }
      words.push(p.replace(/^because:?\s*$/i, ''));
    }
    return strip(words.join(' ').replace(/\s+/g, ' '));
  }

  function recipientOf(paragraph) {
    var m = RCPT_TO.exec(paragraph) || LEADING_ADDRESS.exec(paragraph);
    if (m) { return m[1]; }
    var lower = paragraph.toLowerCase();
    if (lower.indexOf('sender') < 0) {
      var angle = ANGLE_ADDRESS.exec(paragraph);
      if (angle && lower.indexOf('mail from') < 0) { return angle[1]; }
    }
    return null;
  }

  function fragment(paragraph) {
    var re = /^<<< (.*)$/gm, m, reply = [];
    while ((m = re.exec(paragraph))) { reply.push(m[1]); }
    if (reply.length) {
      var h = /while talking to ([A-Za-z0-9.-]+?)\.?:/i.exec(paragraph);
      return (h ? 'host ' + h[1] + '[] said: ' : '') + reply.join('\n');
    }
    return paragraph.replace(/^[\s\S]*?\(reason:\s*([\s\S]*?)\)\s*$/i, '$1');
  }

  /* ---- The parts of a message (MIME) ---- */

  /* The reader keeps to what the bounce reader needs, as the Java reader reads it with mime4j:
     top-level header fields (encoded words decoded), the report type, and the decoded text of
     each text/plain, text/html, delivery-status and feedback-report part; a returned message
     (message/rfc822) is not entered. */
  function mailParts(raw) {
    var out = {headers: {}, reportType: '', plain: [], html: [], status: [], feedback: false};
    entity(raw, out, true, 0);
    return out;
  }

  function splitEntity(raw) {
    var m = /\r?\n\r?\n/.exec(raw);
    var head = m ? raw.substring(0, m.index) : raw, body = m ? raw.substring(m.index + m[0].length) : '';
    if (!m && !/^[!-9;-~]+:/.test(raw)) { head = ''; body = raw; }
    var fields = [];
    head.split(/\r?\n/).forEach(function (line) {
      if (/^[ \t]/.test(line) && fields.length) {
        fields[fields.length - 1][1] += ' ' + line.replace(/^[ \t]+/, '');
        return;
      }
      var colon = line.indexOf(':');
      if (colon > 0) { fields.push([strip(line.substring(0, colon)).toLowerCase(), strip(line.substring(colon + 1))]); }
    });
    return {fields: fields, body: body};
  }

  function param(value, name) {
    var m = new RegExp(';\\s*' + name + '\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))', 'i').exec(value);
    return m ? (m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2]) : null;
  }

  function entity(raw, out, top, depth) {
    var e = splitEntity(raw), headers = {};
    e.fields.forEach(function (f) { if (!has(headers, f[0])) { headers[f[0]] = f[1]; } });
    var ct = headers['content-type'] || 'text/plain', type = strip(ct.split(';')[0]).toLowerCase() || 'text/plain';
    if (top) {
      e.fields.forEach(function (f) { if (!has(out.headers, f[0])) { out.headers[f[0]] = decodeWords(f[1]); } });
      out.reportType = (param(ct, 'report-type') || '').toLowerCase();
    }
    var boundary = param(ct, 'boundary');
    if (type.indexOf('multipart/') === 0) {
      if (boundary && depth < 20) { multipart(e.body, boundary, out, depth); }
      return;
    }
    var encoding = strip(headers['content-transfer-encoding'] || '').toLowerCase(), charset = param(ct, 'charset');
    if (type === 'text/plain') {
      out.plain.push(bodyText(e.body, encoding, charset));
    } else if (type === 'text/html') {
      out.html.push(htmlText(bodyText(e.body, encoding, charset)));
    } else if (type === 'message/delivery-status' || type === 'message/global-delivery-status') {
      out.status.push(bodyText(e.body, encoding, 'utf-8'));
    } else if (type === 'message/feedback-report') {
      out.feedback = true;
    }
  }

  function multipart(body, boundary, out, depth) {
    var parts = [], current = null, delimiter = '--' + boundary;
    var ls = body.split(/\r?\n/);
    for (var i = 0; i < ls.length; i++) {
      var line = ls[i].replace(/[ \t]+$/, '');
      if (line === delimiter || line === delimiter + '--') {
        if (current !== null) { parts.push(current.join('\n')); }
        if (line !== delimiter) { current = null; break; }
        current = [];
      } else if (current !== null) {
        current.push(ls[i]);
      }
    }
    if (current !== null) { parts.push(current.join('\n')); }
    parts.forEach(function (p) { entity(p, out, false, depth + 1); });
  }

  function bodyText(body, encoding, charset) {
    if (encoding === 'base64') {
      return decodeBytes(atobLoose(body), charset);
    }
    if (encoding === 'quoted-printable') {
      return decodeBytes(body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, function (all, h) {
        return String.fromCharCode(parseInt(h, 16));
      }), charset, true);
    }
    return body;
  }

  function atobLoose(s) {
    var clean = s.replace(/[^A-Za-z0-9+/]/g, '');
    clean = clean.substring(0, clean.length - clean.length % 4 === 1 ? clean.length - 1 : clean.length);
    while (clean.length % 4) { clean += '='; }
    return typeof atob === 'function' ? atob(clean) : Buffer.from(clean, 'base64').toString('latin1');
  }

  /* Bytes held as the char codes of a string, in charset (UTF-8 when unknown). Decoded
     quoted-printable text may hold characters beyond one byte (pasted text): kept as they are. */
  function decodeBytes(binary, charset, mixed) {
    if (mixed && /[^\u0000-\u00ff]/.test(binary)) { return binary; }
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    var decoder;
    try { decoder = new TextDecoder(charset || 'utf-8'); } catch (e) { decoder = new TextDecoder('utf-8'); }
    return decoder.decode(bytes);
  }

  /* RFC 2047 encoded words; white space between two of them is dropped. */
  function decodeWords(value) {
    return value.replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)/g, '$1')
      .replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, function (all, charset, kind, text) {
        var binary = kind.toUpperCase() === 'B' ? atobLoose(text) : text.replace(/_/g, ' ')
          .replace(/=([0-9A-Fa-f]{2})/g, function (x, h) { return String.fromCharCode(parseInt(h, 16)); });
        return decodeBytes(binary, charset.replace(/\*.*$/, ''));
      });
  }

  var ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'', nbsp: '\u00a0'};

  /* The text of an HTML part: tags, comments, scripts and styles removed, entities decoded. */
  function htmlText(html) {
    return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (all, e) {
        if (e.charAt(0) === '#') {
          var n = e.charAt(1).toLowerCase() === 'x' ? parseInt(e.substring(2), 16) : parseInt(e.substring(1), 10);
          return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : all;
        }
        return has(ENTITIES, e.toLowerCase()) ? ENTITIES[e.toLowerCase()] : all;
      });
  }

  /* ---- Mbox ---- */

  /* The messages of an mbox (it starts with a "From " line), or the text as one message. */
  function messages(text) {
    if (text.indexOf('From ') !== 0) { return [text]; }
    var out = [], current = null;
    text.split(/\n/).forEach(function (line) {
      if (line.indexOf('From ') === 0) {
        if (current !== null) { out.push(current.join('\n')); }
        current = [];
        return;
      }
      current.push(/^>+From /.test(line) ? line.substring(1) : line);
    });
    if (current !== null && (current.join('').length || !out.length)) { out.push(current.join('\n')); }
    return out;
  }

  /* ---- Classifier and Diagnoser ---- */

  function isSpaceChar(c) { return /[\t\n\u000b\f\r\u001c-\u001f \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]/.test(c); }

  function normalize(text) {
    var out = '', space = false;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (isSpaceChar(c)) { space = out.length > 0; continue; }
      if (space) { out += ' '; space = false; }
      out += c.toLowerCase();
    }
    return out;
  }

  function isWordChar(c) { return /[\p{L}\p{Nd}._-]/u.test(c); }
  function isNameChar(c) { return /[\p{L}\p{Nd}.-]/u.test(c); }

  function containsToken(text, token) {
    for (var at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + 1)) {
      var end = at + token.length;
      if ((at === 0 || !isWordChar(text.charAt(at - 1))) && (end === text.length || !isWordChar(text.charAt(end)))) { return true; }
    }
    return false;
  }

  function containsName(text, name) {
    for (var at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      var end = at + name.length;
      var before = at === 0 || !isNameChar(text.charAt(at - 1)) || text.charAt(at - 1) === '.';
      if (before && (end === text.length || !isNameChar(text.charAt(end)))) { return true; }
    }
    return false;
  }

  /* A reader over the catalog's data (window.SMTP_BOUNCES): reasons and providers. */
  function Reader(data) {
    var self = this;
    this.data = data;
    this.reasons = {};
    this.byEnhanced = {};
    this.byBasic = {};
    this.bySubject = {};
    this.phrases = [];
    data.reasons.forEach(function (r) {
      self.reasons[r.id] = r;
      r.e.forEach(function (k) { self.byEnhanced[k] = r; });
      r.b.forEach(function (c) { if (!has(self.byBasic, c)) { self.byBasic[c] = r; } });
      r.s.forEach(function (s) { if (!has(self.bySubject, s)) { self.bySubject[s] = r; } });
      r.p.forEach(function (p) { self.phrases.push({text: normalize(p), reason: r}); });
    });
  }

  Reader.prototype.recognise = function (where) {
    var lower = where.toLowerCase(), ps = this.data.providers;
    for (var i = 0; i < ps.length; i++) {
      for (var j = 0; j < ps[i].h.length; j++) { if (containsName(lower, ps[i].h[j])) { return ps[i]; } }
    }
    return null;
  };

  Reader.prototype.match = function (code, enhanced, text, normalized, named) {
    var best = null, bestScore = -1;
    this.data.providers.forEach(function (provider) {
      var fromIt = named !== null && named.id === provider.id;
      provider.r.forEach(function (r) {
        if (r.c !== undefined && code !== r.c) { return; }
        if (r.e !== undefined && str(enhanced) !== r.e) { return; }
        if (r.k !== undefined && !containsToken(text, r.k)) { return; }
        if (r.x !== undefined && normalized.indexOf(normalize(r.x)) < 0) { return; }
        if (!r.o && !fromIt) { return; }
        var score = (fromIt ? 1000 : 0) + (r.k !== undefined ? 500 : 0) + (r.x !== undefined ? r.x.length : 0)
          + (r.e !== undefined ? 2 : 0) + (r.c !== undefined ? 1 : 0);
        if (score > bestScore) { best = {reply: r, provider: provider}; bestScore = score; }
      });
    });
    return best;
  };

  /* {reason, provider, reply (the provider's documented reply, or null)} */
  Reader.prototype.classify = function (code, enhanced, text, remoteMta, gaveUp) {
    var normalized = normalize(text);
    var named = (remoteMta !== null ? this.recognise(remoteMta) : null) || this.recognise(text);
    var match = this.match(code, enhanced, text, normalized, named);
    var provider = match ? match.provider : named;
    var out = function (reason, reply) { return {reason: reason, provider: provider, reply: reply}; };
    if (match) { return out(this.reasons[match.reply.r], match.reply); }
    var classDigit = code !== null ? Math.floor(code / 100) : enhanced ? enhanced.c : 0;
    if (gaveUp) { return out(this.reasons.expired, null); }
    if (enhanced && has(this.byEnhanced, 'X.' + enhanced.s + '.' + enhanced.d)) {
      return out(this.byEnhanced['X.' + enhanced.s + '.' + enhanced.d], null);
    }
    var longest = null;
    this.phrases.forEach(function (p) {
      if ((longest === null || p.text.length > longest.text.length) && normalized.indexOf(p.text) >= 0) { longest = p; }
    });
    if (longest) { return out(longest.reason, null); }
    if (code !== null && has(this.byBasic, code)) { return out(this.byBasic[code], null); }
    if (enhanced && enhanced.c !== 2 && has(this.bySubject, enhanced.s)) { return out(this.bySubject[enhanced.s], null); }
    return out(this.reasons[classDigit === 2 || classDigit === 3 ? 'not-a-bounce' : 'unknown'], null);
  };

  /* A report with its reason, provider and verdicts: retry (the message) and suppressAddress. */
  Reader.prototype.diagnose = function (r, reportedBy) {
    var c = this.classify(r.code, r.enhanced, r.text, r.remoteMta !== null ? r.remoteMta : reportedBy || null, r.gaveUp);
    return {recipient: r.recipient, action: r.action, code: r.code, enhanced: str(r.enhanced), text: r.text,
      remoteMta: r.remoteMta, reason: c.reason, provider: c.provider, providerReply: c.reply,
      retry: r.action === 'delayed', suppressAddress: r.action === 'failed' && !!c.reason.x};
  };

  /* What one log line (or a reply with text around it) says: a diagnosis, or null. */
  Reader.prototype.readLine = function (line) {
    var r = readLogLine(line);
    return r ? this.diagnose(r) : null;
  };

  /* What each message of text (one message or an mbox) says: [{noFailure, results}]. */
  Reader.prototype.readMail = function (text) {
    var self = this;
    return messages(text).map(function (m) { return self.readMessage(m); });
  };

  Reader.prototype.readMessage = function (raw) {
    var self = this, parts = mailParts(raw), h = parts.headers, subject = h.subject || '';
    var fromStatus = [], reportedBy = null;
    parts.status.forEach(function (body) {
      var st = deliveryStatus(body);
      st.recipients.forEach(function (f) { fromStatus.push(dsnReport(f)); });
      if (reportedBy === null && has(st.message, 'reporting-mta')) {
        var mta = st.message['reporting-mta'];
        reportedBy = strip(mta.substring(mta.indexOf(';') + 1));
      }
    });
    if (reportedBy === null) {
      var domain = (h.from || '').replace(/^.*@|>.*$/g, '');
      reportedBy = isBlank(domain) ? null : domain;
    }
    var text = (parts.plain.length ? parts.plain : parts.html).join('\n\n');
    var fromText = readText(text), reports = [];
    if (fromStatus.length) {
      fromStatus.forEach(function (r) { if (isFailure(r.action)) { reports.push(complete(r, fromText, text)); } });
      if (!reports.length) {
        var relayed = fromStatus.some(function (r) { return r.action === 'relayed'; });
        return {noFailure: relayed ? 'relayed' : 'delivered', subject: subject, results: []};
      }
    } else if (parts.feedback || parts.reportType === 'feedback-report') {
      return {noFailure: 'feedback-report', subject: subject, results: []};
    } else if (looksLikeBounce(h)) {
      fromText.forEach(function (r) { if (isFailure(r.action)) { reports.push(r); } });
      if (!reports.length) { reports = readWithoutCodes(text); }
    }
    if (!reports.length) {
      return {noFailure: autoReply(h, subject) ? 'auto-reply' : 'not-a-report', subject: subject, results: []};
    }
    return {noFailure: null, subject: subject, results: reports.map(function (r) {
      var own = r.remoteMta === null && r.code === null;
      return self.diagnose(r, own ? reportedBy : null);
    })};
  };

  function complete(r, fromText, text) {
    if (r.code !== null || r.recipient === null || r.text.length > 80) { return r; }
    var name = r.recipient.toLowerCase();
    for (var i = 0; i < fromText.length; i++) {
      var said = fromText[i];
      if (said.recipient !== null && said.recipient.toLowerCase() === name) {
        return {recipient: r.recipient, action: r.action, code: said.code, enhanced: r.enhanced || said.enhanced,
          text: said.text, remoteMta: r.remoteMta !== null ? r.remoteMta : said.remoteMta, gaveUp: r.gaveUp, source: r.source};
      }
    }
    var words = about(text, r.recipient);
    if (!words) { return r; }
    var copy = Object.assign({}, r);
    copy.text = strip(r.text + ' ' + words);
    return copy;
  }

  function looksLikeBounce(h) {
    var from = (h.from || '').toLowerCase(), subject = (h.subject || '').toLowerCase();
    return from.indexOf('mailer-daemon') >= 0 || from.indexOf('postmaster') >= 0 || from.indexOf('mail delivery') >= 0
      || strip(h['return-path'] || '') === '<>' || ['undeliver', 'delivery', 'failure', 'returned', 'non remis',
        'unzustellbar', 'no se puede entregar'].some(function (w) { return subject.indexOf(w) >= 0; })
      || has(h, 'x-failed-recipients');
  }

  function autoReply(h, subject) {
    var lower = subject.toLowerCase();
    return (h['auto-submitted'] || '').toLowerCase().indexOf('auto-replied') === 0 || has(h, 'x-autoreply')
      || has(h, 'x-autorespond') || lower.indexOf('automatic reply') === 0 || lower.indexOf('out of office') >= 0;
  }

  var DSN_FIELD = /^(reporting-mta|received-from-mta|arrival-date|final-recipient|original-recipient|action|status|remote-mta|diagnostic-code|last-attempt-date|will-retry-until)\s*:/i;
  var TWO_FIELDS = /^[A-Za-z][A-Za-z0-9-]*:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*[A-Za-z][A-Za-z0-9-]*:/;

  /* Whether pasted text is an email (it starts with header fields, or is an mbox), not lines. */
  function isMail(text) {
    var t = text.replace(/^\s+/, '');
    return t.indexOf('From ') === 0 || TWO_FIELDS.test(t) && !DSN_FIELD.test(t);
  }

  /* Whether pasted text is the fields of a delivery status notification, several lines of them. */
  function isStatus(text) {
    var t = text.replace(/^\s+/, '');
    return DSN_FIELD.test(t) && TWO_FIELDS.test(t);
  }

  /* Fields of a delivery status notification as a message of that type, for readMail. */
  function asStatus(text) {
    return 'Content-Type: message/delivery-status\n\n' + text.replace(/^\s+/, '');
  }

  var api = {Reader: Reader, isMail: isMail, isStatus: isStatus, asStatus: asStatus, readLogLine: readLogLine,
    mailParts: mailParts, messages: messages};
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; } else { root.SmtpBounce = api; }
})(this);

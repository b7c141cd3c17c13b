/* The reply parser of the decoder: the same rules, in the same order, as the Java parser in core
   (ReplyScanner, EnhancedCodeFinder), so that a reply reads the same on the site as on the command
   line. Both are tested against one corpus of real replies (DecoderCorpusTest). Pure functions:
   runs in the browser (window.SmtpDecode) and in Node (module.exports). ES5. */
(function (root) {
  'use strict';
  var MAX_REPLY_CHARS = 65536, MAX_TOKEN = 64;

  function isDigit(c) { return c >= '0' && c <= '9'; }
  function isSpace(c) { return c === ' ' || c === '\t'; }

  /* An enhanced code starting exactly at p: {end, c, s, d} or null. Class 2, 4 or 5; subject and
     detail of one to three digits; not followed by more digits or dots and digits. */
  function codeAt(s, p, to) {
    if (p + 5 > to) { return null; }
    var c = s.charAt(p);
    if ((c !== '2' && c !== '4' && c !== '5') || s.charAt(p + 1) !== '.') { return null; }
    var q = p + 2, n = 0, subject = 0;
    while (q < to && n < 4 && isDigit(s.charAt(q))) { subject = subject * 10 + (+s.charAt(q)); q++; n++; }
    if (n === 0 || n > 3 || q >= to || s.charAt(q) !== '.') { return null; }
    q++;
    var detail = 0;
    n = 0;
    while (q < to && n < 4 && isDigit(s.charAt(q))) { detail = detail * 10 + (+s.charAt(q)); q++; n++; }
    if (n === 0 || n > 3 || !endsCode(s, q, to)) { return null; }
    return {end: q, c: +c, s: subject, d: detail};
  }

  function endsCode(s, q, to) {
    if (q >= to) { return true; }
    var c = s.charAt(q);
    if (' \t)]>,;:\'"'.indexOf(c) >= 0) { return true; }
    return c === '.' && (q + 1 >= to || !isDigit(s.charAt(q + 1)));
  }

  function skipMarks(s, p, to) {
    if (p < to && s.charAt(p) === '(' && p + 1 < to && s.charAt(p + 1) === '#') { return p + 2; }
    if (p < to && s.charAt(p) === '#') { return p + 1; }
    return p;
  }

  /* The enhanced code of one line's text s[from, to): at its start, after one vendor token, or
     anywhere after a '#'. */
  function findEnhanced(s, from, to) {
    if (from >= to) { return null; }
    var at = codeAt(s, skipMarks(s, from, to), to);
    if (at) { return at; }
    var tokenEnd = from;
    while (tokenEnd < to && !isSpace(s.charAt(tokenEnd))) { tokenEnd++; }
    if (tokenEnd - from <= MAX_TOKEN) {
      var next = tokenEnd;
      while (next < to && isSpace(s.charAt(next))) { next++; }
      if (next > tokenEnd && next < to) {
        at = codeAt(s, skipMarks(s, next, to), to);
        if (at) { return at; }
      }
    }
    for (var i = from; i < to; i++) {
      if (s.charAt(i) === '#') {
        at = codeAt(s, i + 1, to);
        if (at) { return at; }
      }
    }
    return null;
  }

  /* How many characters a leading enhanced code (with its # or (# marks) takes. */
  function leadingCodeLength(text) {
    var p = skipMarks(text, 0, text.length), at = codeAt(text, p, text.length);
    if (!at) { return 0; }
    var end = at.end;
    if (p >= 2 && text.charAt(0) === '(' && end < text.length && text.charAt(end) === ')') { end++; }
    return end;
  }

  function replyCodeAt(s, p, e) {
    if (p + 3 > e) { return -1; }
    var a = s.charAt(p), b = s.charAt(p + 1), c = s.charAt(p + 2);
    if (!isDigit(a) || !isDigit(b) || !isDigit(c)) { return -1; }
    if (p + 3 < e) {
      var sep = s.charAt(p + 3);
      if (sep !== ' ' && sep !== '-' && sep !== '\t') { return -1; }
    }
    return +(a + b + c);
  }

  function skipPrefix(s, p, e) {
    if (p + 5 <= e && s.substring(p, p + 4).toLowerCase() === 'smtp' && s.charAt(p + 4) === ';') {
      p += 5;
      while (p < e && isSpace(s.charAt(p))) { p++; }
    }
    if (p + 1 < e && s.charAt(p) === '#' && isDigit(s.charAt(p + 1))) { p++; }
    return p;
  }

  /* After the code at q: {text, continues}. */
  function separator(s, q, e) {
    return {text: Math.min(q + 1, e), continues: q < e && s.charAt(q) === '-'};
  }

  function afterCode(s, at, e, code) {
    var after = separator(s, at + 3, e);
    if (!after.continues && replyCodeAt(s, after.text, e) === code) { after = separator(s, after.text + 3, e); }
    return after;
  }

  function nextCode(s, p, e, code) {
    var a = String(Math.floor(code / 100));
    for (var i = Math.max(p, 1); i + 3 <= e; i++) {
      if (s.charAt(i) === a && isSpace(s.charAt(i - 1)) && i - 1 >= p && replyCodeAt(s, i, e) === code) { return i; }
    }
    return -1;
  }

  /* kind: none (no reply here), mixed (lines of different replies), mismatch (classes disagree), other. */
  function ParseError(line, problem, kind) {
    this.line = line; this.problem = problem; this.kind = kind || 'other'; this.message = 'line ' + line + ': ' + problem;
  }

  function pad(c) { return c < 10 ? '00' + c : c < 100 ? '0' + c : String(c); }
  function str(e) { return e.c + '.' + e.s + '.' + e.d; }

  /* Parses one reply: {code, enhanced: {c, s, d} or null, lines: [...]}; throws a ParseError
     naming the line for text that is not a reply or breaks the RFCs. */
  function parseReply(input) {
    if (input.length > MAX_REPLY_CHARS) {
      throw new ParseError(1, 'the reply is longer than ' + MAX_REPLY_CHARS + ' characters');
    }
    var n = input.length, pos = 0, lineNo = 0, endedOn = 0;
    var st = {code: null, enhanced: null, lines: []};
    while (pos < n) {
      var eol = pos, c = '';
      while (eol < n && (c = input.charAt(eol)) !== '\n' && c !== '\r') { eol++; }
      var s = pos, e = eol;
      pos = eol + (c === '\r' && eol + 1 < n && input.charAt(eol + 1) === '\n' ? 2 : 1);
      lineNo++;
      while (s < e && isSpace(input.charAt(s))) { s++; }
      while (e > s && isSpace(input.charAt(e - 1))) { e--; }
      if (s === e) { continue; }
      if (endedOn !== 0) {
        throw new ParseError(lineNo, 'more text after the end of the reply on line ' + endedOn);
      }
      if (line(input, st, s, e, lineNo, pos >= n || !/\S/.test(input.substring(pos)))) { endedOn = lineNo; }
    }
    if (st.code === null) { throw new ParseError(Math.max(1, lineNo), 'there is no reply here', 'none'); }
    return st;
  }

  function line(input, st, s, e, lineNo, lastLine) {
    if (st.code === null) { s = skipPrefix(input, s, e); }
    var c = replyCodeAt(input, s, e);
    if (c < 0) {
      if (st.code === null && codeAt(input, s, e)) {
        st.code = 0;
        addLine(input, st, s, e, lineNo);
        return true;
      }
      throw new ParseError(lineNo, st.code === null ? 'no reply code at the start of the line'
        : 'the line does not start with the reply\'s code', st.code === null ? 'none' : 'mixed');
    }
    if (c < 200 || c > 599) { throw new ParseError(lineNo, 'reply code ' + pad(c) + ' is out of range', 'none'); }
    if (st.code === null) { st.code = c; } else if (c !== st.code) {
      throw new ParseError(lineNo, 'reply code ' + c + ' differs from the code ' + st.code + ' of the lines before it', 'mixed');
    }
    var after = afterCode(input, s, e, st.code), p = after.text, continues = after.continues;
    if (continues && lastLine) {
      var at;
      while (continues && (at = nextCode(input, p, e, st.code)) >= 0) {
        var end = at;
        while (end > p && isSpace(input.charAt(end - 1))) { end--; }
        addLine(input, st, p, end, lineNo);
        after = separator(input, at + 3, e);
        p = after.text;
        continues = after.continues;
      }
    }
    addLine(input, st, p, e, lineNo);
    return !continues;
  }

  function addLine(input, st, s, e, lineNo) {
    var found = findEnhanced(input, s, e);
    if (found) {
      if (st.code > 0 && found.c !== Math.floor(st.code / 100)) {
        throw new ParseError(lineNo, 'enhanced code ' + str(found) + ' has class ' + found.c + ' but reply code '
          + st.code + ' has class ' + Math.floor(st.code / 100), 'mismatch');
      }
      if (!st.enhanced) { st.enhanced = found; } else if (str(st.enhanced) !== str(found)) {
        throw new ParseError(lineNo, 'enhanced code ' + str(found) + ' differs from ' + str(st.enhanced), 'mixed');
      }
    }
    st.lines.push(input.substring(s, e));
  }

  /* The human-readable text of a parsed reply: its lines without a leading enhanced code. */
  function textOf(reply) {
    var parts = [];
    reply.lines.forEach(function (l) {
      var rest = l.substring(leadingCodeLength(l)).trim();
      if (rest) { parts.push(rest); }
    });
    return parts.join(' ');
  }

  /* Reply as the decoder shows it: {basic, enhanced: {d, s, n}, text: [lines], error}. */
  function parse(input) {
    try {
      var r = parseReply(input);
      return {
        basic: r.code ? String(r.code) : null,
        enhanced: r.enhanced ? {d: String(r.enhanced.c), s: String(r.enhanced.s), n: String(r.enhanced.d)} : null,
        text: r.lines.map(function (l) { return l.substring(leadingCodeLength(l)).trim(); }).filter(function (t) { return t; }),
        error: null
      };
    } catch (err) {
      if (!(err instanceof ParseError)) { throw err; }
      return {basic: null, enhanced: null, text: [], error: err};
    }
  }

  var api = {parse: parse, parseReply: parseReply, textOf: textOf, ParseError: ParseError, codeAt: codeAt,
    findEnhanced: findEnhanced};
  if (typeof module !== 'undefined' && module.exports) { module.exports = api; } else { root.SmtpDecode = api; }
})(this);

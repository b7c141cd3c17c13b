/* Runs the decoder's bounce reader (assets/bounce.js) in Node over the bounce corpus, for
   BounceDecoderCorpusTest. Arguments: bounce.js, the catalog's data (JSON), the input (JSON:
   {files: [{name, text}], lines: [text]}), the output file. Writes each message's no-failure kind
   and results, and each line's result (null when the line says nothing), with the fields the
   Java corpus test compares. */
'use strict';
const fs = require('fs');
const [bounceJs, dataFile, inputFile, outputFile] = process.argv.slice(2);
const bounce = require(bounceJs);
const reader = new bounce.Reader(JSON.parse(fs.readFileSync(dataFile, 'utf8')));
const input = JSON.parse(fs.readFileSync(inputFile, 'utf8'));

function fields(d) {
  return {recipient: d.recipient, action: d.action, code: d.code, enhanced: d.enhanced, reason: d.reason.id,
    suppressAddress: d.suppressAddress, retry: d.retry, provider: d.provider ? d.provider.id : null,
    remoteMta: d.remoteMta};
}

const out = {files: {}, lines: []};
for (const file of input.files) {
  out.files[file.name] = reader.readMail(file.text).map(m => ({noFailure: m.noFailure, results: m.results.map(fields)}));
}
for (const line of input.lines) {
  const d = reader.readLine(line);
  out.lines.push(d ? fields(d) : null);
}
fs.writeFileSync(outputFile, JSON.stringify(out));

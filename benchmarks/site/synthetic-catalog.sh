#!/usr/bin/env bash
# Writes a synthetic catalog folder laid out like catalog/data, for the generator benchmark:
# CODES concrete codes (default 10,000), so 2 x CODES code pages in English and Spanish.
# 400 basic codes (200-599, no enhanced codes) and (CODES - 400) / 2 enhanced entries X.s.d
# (subjects 0-7), each with a transient and a permanent form. Texts are generated sentences of
# about the length of the real ones; the guides are copied from the real catalog.
#   usage: synthetic-catalog.sh OUT_DIR [CODES]
set -euo pipefail
out=${1:?usage: synthetic-catalog.sh OUT_DIR [CODES]}
codes=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
real="$here/../../catalog/data"
enhanced=$(( (codes - 400) / 2 ))
if (( codes < 400 || (codes - 400) % 2 != 0 || enhanced > 8 * 1000 )); then
  echo "synthetic-catalog.sh: CODES must be even, at least 400 and at most 16400 (got $codes)" >&2
  exit 2
fi
rm -rf "$out"
mkdir -p "$out/en" "$out/es"
cp "$real/en/guides.yaml" "$out/en/guides.yaml"
cp "$real/es/guides.yaml" "$out/es/guides.yaml"

awk -v out="$out" -v enhanced="$enhanced" '
function pick(list, n, i) { return list[(i % n) + 1] }
# A sentence of w words from a word list, varied by the seed.
function sentence(words, n, seed, w,   s, k) {
  s = ""
  for (k = 0; k < w; k++) { s = s (k ? " " : "") pick(words, n, seed * 7 + k * 13 + int(seed / 3)) }
  return toupper(substr(s, 1, 1)) substr(s, 2) "."
}
function para(words, n, seed, sentences,   p, k) {
  p = ""
  for (k = 0; k < sentences; k++) { p = p (k ? " " : "") sentence(words, n, seed + k * 31, 9 + (seed + k) % 7) }
  return p
}
function texts(file, key, words, n, seed, forms,   k) {
  printf "\"%s\":\n  title: %s %s\n", key, (n == nen ? "Synthetic code" : "Código sintético"), key > file
  printf "  summary: >-\n    %s\n", para(words, n, seed, 3) > file
  if (forms) {
    printf "  transient: >-\n    %s\n", para(words, n, seed + 5, 2) > file
    printf "  permanent: >-\n    %s\n", para(words, n, seed + 9, 2) > file
  }
  printf "  causes:\n" > file
  for (k = 0; k < 3; k++) { printf "    - %s\n", sentence(words, n, seed + 40 + k, 12) > file }
  printf "  sender: >-\n    %s\n", para(words, n, seed + 60, 3) > file
  printf "  admin: >-\n    %s\n", para(words, n, seed + 70, 3) > file
  printf "  retry: >-\n    %s\n", para(words, n, seed + 80, 2) > file
}
BEGIN {
  nen = split("mail server message recipient sender mailbox address domain delivery reply relay " \
    "policy queue retry later rejected accepted temporary permanent limit size quota connection " \
    "channel command greeting session log administrator filter record lookup certificate", en, " ")
  nes = split("correo servidor mensaje destinatario remitente buzón dirección dominio entrega " \
    "respuesta retransmisión política cola reintento después rechazado aceptado temporal " \
    "permanente límite tamaño cuota conexión canal comando saludo sesión registro " \
    "administrador filtro búsqueda certificado", es, " ")
  basic = out "/basic.yaml"; ebasic = out "/en/basic.yaml"; sbasic = out "/es/basic.yaml"
  print "# Synthetic basic codes for the generator benchmark." > basic
  for (c = 200; c < 600; c++) {
    printf "- code: %d\n  constant: SYNTHETIC_%d\n  references:\n    - rfc: 5321\n      section: \"4.2.2\"\n", c, c > basic
    printf "  commands: [RCPT]\n  enhanced: []\n  related: []\n" > basic
    texts(ebasic, c, en, nen, c, 0)
    texts(sbasic, c, es, nes, c, 0)
  }
  enh = out "/enhanced.yaml"; eenh = out "/en/enhanced.yaml"; senh = out "/es/enhanced.yaml"
  print "# Synthetic enhanced codes for the generator benchmark." > enh
  per = int((enhanced + 7) / 8)
  for (i = 0; i < enhanced; i++) {
    key = sprintf("X.%d.%d", int(i / per), i % per)
    printf "- code: %s\n  constant: SYNTHETIC_%d_%d\n  rfcs: [3463]\n  basic: []\n", key, int(i / per), i % per > enh
    texts(eenh, key, en, nen, i + 1000, 1)
    texts(senh, key, es, nes, i + 1000, 1)
  }
}'
echo "synthetic catalog: $codes codes (400 basic, $enhanced enhanced in 2 forms) -> $out"

#!/usr/bin/env bash
# Writes a Hugo site with the same pages as the reference site built from a (synthetic) catalog:
# one page per concrete code and language (550; 4.1.1 and 5.1.1 for X.1.1), the texts as front
# matter (no Markdown to convert, as in our generator), a shared layout with the header, search
# box, language switcher, navigation, canonical link and hreflang alternates, and a list page per
# language linking every code.
#   usage: hugo-site.sh CATALOG_DIR OUT_DIR
set -euo pipefail
catalog=${1:?usage: hugo-site.sh CATALOG_DIR OUT_DIR}
out=${2:?usage: hugo-site.sh CATALOG_DIR OUT_DIR}
rm -rf "$out"
mkdir -p "$out/layouts/_default" "$out/content/en/codes" "$out/content/es/codes"

cat > "$out/config.toml" <<'TOML'
baseURL = "http://127.0.0.1:8000/"
title = "SMTP reply reference"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
disableKinds = ["taxonomy", "term", "RSS"]
enableRobotsTXT = true
[languages.en]
languageName = "English"
contentDir = "content/en"
weight = 1
[languages.es]
languageName = "Español"
contentDir = "content/es"
weight = 2
TOML

cat > "$out/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html>
<html lang="{{ .Language.Lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} · {{ .Site.Title }}</title>
<meta name="description" content="{{ .Params.summary }}">
<link rel="canonical" href="{{ .Permalink }}">
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
{{ end }}<link rel="stylesheet" href="{{ "assets/site.css" | relURL }}">
<script src="{{ "assets/site.js" | relURL }}" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip</a>
<header class="site">
<a class="brand" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<form class="search" role="search" action="{{ .Site.Home.RelPermalink }}search/" method="get">
<label for="q" class="visually-hidden">Search</label>
<input id="q" name="q" type="search" autocomplete="off">
</form>
<nav class="languages"><ul>
{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a></li>
{{ end }}</ul></nav>
</header>
<nav class="main"><ul><li><a href="{{ .Site.Home.RelPermalink }}">Home</a></li><li><a href="{{ .Site.Home.RelPermalink }}codes/">Codes</a></li></ul></nav>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer class="site"><p>RFC 5321, RFC 3463, IANA.</p></footer>
</body>
</html>
HTML

cat > "$out/layouts/_default/single.html" <<'HTML'
{{ define "main" }}
<h1><span class="code">{{ .Params.code }}</span> {{ .Title }}</h1>
<p class="badges"><span class="badge {{ .Params.bounce }}">{{ .Params.bounce }}</span></p>
<p class="lead">{{ .Params.summary }}</p>
{{ with .Params.form }}<p>{{ . }}</p>{{ end }}
<h2>Causes</h2>
<ul>{{ range .Params.causes }}<li>{{ . }}</li>{{ end }}</ul>
<h2>Sender</h2><p>{{ .Params.sender }}</p>
<h2>Administrator</h2><p>{{ .Params.admin }}</p>
<h2>Retry</h2><p>{{ .Params.retry }}</p>
<p><a href="{{ .Site.Home.RelPermalink }}codes/">All codes</a></p>
{{ end }}
HTML

cat > "$out/layouts/_default/list.html" <<'HTML'
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul class="codes">{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}"><span class="code">{{ .Params.code }}</span> {{ .Title }}</a></li>{{ end }}</ul>
{{ end }}
HTML
cp "$out/layouts/_default/list.html" "$out/layouts/index.html"

# Each catalog entry becomes front matter: "550": at column 0 opens an entry, its fields are
# indented by two. An enhanced entry X.s.d gives the pages 4.s.d and 5.s.d.
for lang in en es; do
  printf -- '---\ntitle: Codes\n---\n' > "$out/content/$lang/codes/_index.md"
  printf -- '---\ntitle: SMTP reply reference\n---\n' > "$out/content/$lang/_index.md"
  cat "$catalog/$lang/basic.yaml" "$catalog/$lang/enhanced.yaml" | awk -v dir="$out/content/$lang/codes" '
    function flush(   i, d, f, form) {
      if (key == "") { return }
      if (key ~ /^X\./) {
        for (d = 4; d <= 5; d++) {
          code = d substr(key, 2); f = dir "/" code ".md"
          form = (d == 4 ? transient : permanent)
          printf "---\ncode: \"%s\"\nbounce: %s\nform: >-\n  %s\n%s---\n", code, (d == 4 ? "soft" : "hard"), form, body > f
          close(f)
        }
      } else {
        f = dir "/" key ".md"
        printf "---\ncode: \"%s\"\nbounce: %s\n%s---\n", key, (substr(key, 1, 1) == "5" ? "hard" : substr(key, 1, 1) == "4" ? "soft" : "none"), body > f
        close(f)
      }
    }
    /^#/ { next }
    /^"/ { flush(); key = $0; gsub(/[":]/, "", key); body = ""; transient = ""; permanent = ""; skip = ""; next }
    /^  (transient|permanent): / { skip = $1; next }
    skip != "" && /^    / { line = substr($0, 5); if (skip == "transient:") { transient = transient line } else { permanent = permanent line }; next }
    { skip = ""; body = body substr($0, 3) "\n" }
    END { flush() }'
done
echo "hugo site: $(find "$out/content" -name '*.md' ! -name '_index.md' | wc -l) code pages -> $out"

#!/usr/bin/env bash
# Generates fixtures/generated/text-{w3m,lynx,html2text,pandoc-markdown,mutool,py-html2text}/ from the
# generated reports of fixtures/generated/text-specs/ (see scripts/make-text-tool-fixtures.mjs).
# Needs: npm ci; apt-get install -y w3m lynx html2text python3-html2text pandoc mupdf-tools libreoffice-writer-nogui fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_tools "w3m lynx html2text python3-html2text pandoc mupdf-tools libreoffice-writer-nogui" w3m lynx html2text html2markdown pandoc mutool soffice
build_support
node scripts/make-text-tool-fixtures.mjs "$work/build" "$work"
du -ch fixtures/generated/text-{w3m,lynx,html2text,pandoc-markdown,mutool,py-html2text}/* | tail -1

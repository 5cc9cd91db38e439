#!/usr/bin/env bash
# Generates fixtures/generated/text-*/: random reports rendered to PDF and DOCX by
# LibreOffice, then flattened to plain text by the converters people use
# (pdftotext with and without -layout, LibreOffice's text export, pandoc plain
# and gfm). See scripts/make-text-layout-fixtures.mjs.
# Needs: npm ci; apt-get install -y libreoffice-writer-nogui poppler-utils qpdf pandoc \
#   fonts-noto-cjk fonts-liberation2
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_text_layout_tools
build_support
node scripts/make-text-layout-fixtures.mjs "$work/build" "$work"

npm run build >/dev/null
node scripts/make-text-layout-real.mjs "$work/build" "$work"
# The real web pages as a browser gives their text (needs chromium; see the script).
node scripts/make-real-pages-by-chromium.mjs
du -ch fixtures/generated/text-*/* | tail -1

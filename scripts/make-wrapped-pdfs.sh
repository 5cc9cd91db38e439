#!/usr/bin/env bash
# Generates fixtures/generated/pdf-wrapped/ (random reports whose numbers wrap in
# their cells or are grouped by spaces) from test/support/render-html.ts through LibreOffice.
# Needs: npm ci; apt-get install -y libreoffice-writer-nogui poppler-utils qpdf \
#   fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_pdf_fixture_tools
build_support
node scripts/make-wrapped-pdfs.mjs "$work/build" "$work"
du -ch fixtures/generated/pdf-wrapped/*.pdf | tail -1

#!/usr/bin/env bash
# Generates fixtures/generated/pdf-marks/ (random reports whose table 三 sets
# footnote marks after its numbers) from test/support/render-html.ts through LibreOffice.
# Needs: npm ci; apt-get install -y libreoffice-writer-nogui poppler-utils qpdf \
#   fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_pdf_fixture_tools
build_support
node scripts/make-footnote-mark-pdfs.mjs "$work/build" "$work"
du -ch fixtures/generated/pdf-marks/*.pdf | tail -1

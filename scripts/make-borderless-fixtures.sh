#!/usr/bin/env bash
# Generates fixtures/generated/pdf-borderless/ (random reports with borderless or
# three-line tables) from test/support/render-html.ts through LibreOffice.
# Needs: npm ci; apt-get install -y libreoffice-writer-nogui poppler-utils qpdf \
#   fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_pdf_fixture_tools
build_support
node scripts/make-borderless-fixtures.mjs "$work/build" "$work"
du -ch fixtures/generated/pdf-borderless/*.pdf | tail -1

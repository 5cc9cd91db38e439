#!/usr/bin/env bash
# Generates fixtures/generated/pdf-rotated/: generated reports whose pages are turned.
#   report-2021-04-a4-rotate90.pdf    every page /Rotate 90 over upright content (a viewer's
#                                     rotation, saved): displayed sideways, text running down
#   report-2019-03-b5-turned270.pdf   pages 2 on turned a quarter left in their content stream,
#                                     no /Rotate (a landscape table laid on a portrait page):
#                                     text running up
#   chromium-2021-06-a4-rotate180.pdf the Chromium print upside down (/Rotate 180)
# Each reads exactly as its source (test/parse-pdf.test.ts compares every value and warning).
# Needs: fixtures/generated/{pdf,chromium}/ and apt-get install -y qpdf
set -euo pipefail
cd "$(dirname "$0")/.."
command -v qpdf >/dev/null || { echo "missing qpdf (apt-get install -y qpdf)" >&2; exit 1; }
out=fixtures/generated/pdf-rotated
mkdir -p "$out"
qpdf --rotate=+90 fixtures/generated/pdf/report-2021-04-a4.pdf "$out/report-2021-04-a4-rotate90.pdf"
# --flatten-rotation moves the turn into the content stream and drops /Rotate.
qpdf --rotate=+270:2-z --flatten-rotation fixtures/generated/pdf/report-2019-03-b5.pdf "$out/report-2019-03-b5-turned270.pdf"
qpdf --rotate=+180 fixtures/generated/chromium/chromium-2021-06-a4.pdf "$out/chromium-2021-06-a4-rotate180.pdf"
ls -l "$out"

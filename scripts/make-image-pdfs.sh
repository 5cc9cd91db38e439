#!/usr/bin/env bash
# Generates fixtures/generated/pdf-images/: a generated report with a picture on every page.
#   report-2021-22-a4-stamped.pdf  an A4 page-sized JPEG at 300 dpi (2480 × 3508, a red seal
#                                  on white, as a scanned letterhead or stamp) under the text
#                                  of every page, table pages included
# It reads exactly as its source (test/parse-pdf.test.ts), and its operator lists hold no image:
# xxgk never decodes one (src/frontends/pdf/load.ts).
# Needs: fixtures/generated/pdf/ and apt-get install -y imagemagick qpdf (ImageMagick's policy
# must allow writing PDF: /etc/ImageMagick-6/policy.xml, pattern="PDF").
set -euo pipefail
cd "$(dirname "$0")/.."
command -v qpdf >/dev/null || { echo "missing qpdf (apt-get install -y qpdf)" >&2; exit 1; }
command -v convert >/dev/null || { echo "missing convert (apt-get install -y imagemagick)" >&2; exit 1; }
out=fixtures/generated/pdf-images
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
convert -size 2480x3508 xc:white -fill none -stroke '#d01010' -strokewidth 40 -draw "circle 1900,3000 1900,2700" \
  -fill '#d01010' -stroke none \
  -draw "polygon 1900,2860 1935,2965 2045,2965 1955,3030 1990,3135 1900,3070 1810,3135 1845,3030 1755,2965 1865,2965" \
  -quality 80 -units PixelsPerInch -density 300 "jpg:$work/stamp.jpg"
convert "$work/stamp.jpg" -units PixelsPerInch -density 300 "$work/stamp.pdf"
qpdf fixtures/generated/pdf/report-2021-22-a4.pdf --underlay "$work/stamp.pdf" --repeat=1 -- "$out/report-2021-22-a4-stamped.pdf"
ls -l "$out"

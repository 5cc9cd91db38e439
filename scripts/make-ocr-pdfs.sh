#!/usr/bin/env bash
# Scanned reports read back by OCR, as archives hold them: fixtures/generated/pdf-ocr/NAME-ocr.pdf.
# Each generated PDF is rendered to 200 dpi grey pages (a scan), made a PDF of images, and given
# ocrmypdf's invisible text layer (tesseract, chi_sim+eng); Ghostscript then leaves the page images
# out (-dFILTERIMAGE), keeping the text layer as it was (25 KB instead of 1.6 MB a file). The
# specs are the source PDFs' own. OCR output depends on the tesseract version (5.3 here).
# Needs: apt-get install -y poppler-utils img2pdf ocrmypdf tesseract-ocr-chi-sim ghostscript
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_tools "poppler-utils img2pdf ocrmypdf tesseract-ocr-chi-sim ghostscript" pdftoppm img2pdf ocrmypdf gs
out=fixtures/generated/pdf-ocr
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for src in fixtures/generated/pdf-borderless/borderless-2021-02-threeline-a4 fixtures/generated/pdf-borderless/borderless-2021-08-none-a4 \
  fixtures/generated/pdf/report-2019-03-b5 fixtures/generated/pdf/report-2021-02-letter; do
  name=$(basename "$src")
  rm -rf "$work"/p && mkdir "$work"/p
  pdftoppm -r 200 -gray -png "$src.pdf" "$work/p/p"
  img2pdf $(ls "$work"/p/p-*.png | sort -V) -o "$work/scan.pdf"
  ocrmypdf -q -l chi_sim+eng --output-type pdf "$work/scan.pdf" "$work/ocr.pdf"
  gs -q -o "$out/$name-ocr.pdf" -sDEVICE=pdfwrite -dFILTERIMAGE "$work/ocr.pdf"
  cp "$src.json" "$out/$name-ocr.json"
done
ls -l "$out"

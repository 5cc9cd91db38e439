#!/usr/bin/env bash
# The PDF whose table 四 runs off the paper (fixtures/generated/pdf-edge/, `26825` cut to `2`
# at the page's edge) as the PDF-to-text tools print it: pdftotext -layout and mutool's text,
# fixtures/generated/pdf-edge/NAME.{pdftotext-layout,mutool}.txt.
# Needs: apt-get install -y poppler-utils mupdf-tools
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_tools "poppler-utils mupdf-tools" pdftotext mutool
for pdf in fixtures/generated/pdf-edge/*.pdf; do
  pdftotext -layout -enc UTF-8 "$pdf" "${pdf%.pdf}.pdftotext-layout.txt"
  mutool draw -q -F txt -o "${pdf%.pdf}.mutool.txt" "$pdf"
done
ls -l fixtures/generated/pdf-edge/

#!/usr/bin/env bash
# Generates fixtures/generated/docx/: the official Word template of the 2021 format
# (fixtures/official-template-2021.docx) filled with randomSpec(seed, '2021') values,
# saved as .docx and converted to PDF by LibreOffice (Word import).
# Needs: npm ci; apt-get install -y libreoffice-writer-nogui poppler-utils zip unzip \
#   fonts-noto-cjk fonts-arphic-uming fonts-liberation2
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_tools "libreoffice-writer-nogui poppler-utils zip unzip" soffice pdfinfo zip unzip
need_fonts "fonts-noto-cjk fonts-arphic-uming fonts-liberation2" "Noto Serif CJK SC" "AR PL UMing CN" "Liberation Serif"
build_support
node scripts/make-docx-fixtures.mjs "$work/build" "$work"
du -ch fixtures/generated/docx/* | tail -1

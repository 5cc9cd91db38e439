#!/usr/bin/env bash
# Generates fixtures/generated/chromium/ (random reports printed to PDF by headless
# Chromium) from test/support/render-html.ts.
# Needs: npm ci; apt-get install -y chromium poppler-utils \
#   fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2
# (Debian's chromium, never a downloaded browser; CHROMIUM=/path/to/binary overrides it.)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_tools "chromium poppler-utils" "${CHROMIUM:-chromium}" pdfinfo
need_fonts "fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei fonts-liberation2" "Noto Serif CJK SC" "Noto Sans CJK SC" "AR PL UMing CN" "WenQuanYi Zen Hei" "Liberation Serif"
build_support
node scripts/make-chromium-fixtures.mjs "$work/build" "$work"
du -ch fixtures/generated/chromium/*.pdf | tail -1

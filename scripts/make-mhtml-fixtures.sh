#!/usr/bin/env bash
# Generates the MHTML fixtures (web pages saved as one file): see make-mhtml-fixtures.mjs
# (Chromium's "single file" save) and make-mhtml-fixtures.py (Word's single-file web page).
# Needs: npm ci; apt-get install -y chromium fonts-noto-cjk; python3
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_tools "chromium python3" "${CHROMIUM:-chromium}" python3
build_support
node scripts/make-mhtml-fixtures.mjs "$work/build"
python3 scripts/make-mhtml-fixtures.py
du -ch fixtures/word/*.mht* fixtures/generated/mhtml/*.mhtml | tail -1

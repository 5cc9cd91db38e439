#!/usr/bin/env bash
# Generates fixtures/word/: reports as DOCX, legacy DOC and saved web pages, and bad inputs
# for those front ends (see scripts/make-word-fixtures.mjs).
# Needs: npm ci; apt-get install -y libreoffice-writer-nogui zip unzip fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_tools "libreoffice-writer-nogui zip unzip" soffice zip unzip
build_support
# render-docx imports cheerio and docx: let the compiled support find the project's packages.
ln -s "$PWD/node_modules" "$work/build/node_modules"
node scripts/make-word-fixtures.mjs "$work/build" "$work"
du -ch fixtures/word/* fixtures/word/bad/* | tail -1

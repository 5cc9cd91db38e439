#!/usr/bin/env bash
# Generates fixtures/generated/text-{w3m,lynx,html2text,pandoc-markdown,mutool,py-html2text,elinks,links,chromium,pdftotext-stream,docx2txt,pandoc-org,pandoc-rst,pandoc-asciidoc,pandoc-mediawiki,mammoth-raw,officeparser,python-docx}/ from the
# generated reports of fixtures/generated/text-specs/ (see scripts/make-text-tool-fixtures.mjs);
# LAYOUTS=elinks,links writes only those (chromium: Debian's chromium through playwright-core).
# mammoth-raw and officeparser need XXGK_NODE_TOOLS=DIR after npm install --prefix DIR mammoth@1 officeparser@7.
# Needs: npm ci; apt-get install -y w3m lynx html2text python3-html2text pandoc mupdf-tools libreoffice-writer-nogui fonts-noto-cjk elinks links chromium poppler-utils docx2txt python3-docx
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
need_tools "w3m lynx html2text python3-html2text pandoc mupdf-tools libreoffice-writer-nogui elinks links poppler-utils docx2txt" w3m lynx html2text html2markdown pandoc mutool soffice elinks links pdftotext docx2txt
build_support
node scripts/make-text-tool-fixtures.mjs "$work/build" "$work" ${LAYOUTS:+"$LAYOUTS"}
du -ch fixtures/generated/text-{w3m,lynx,html2text,pandoc-markdown,mutool,py-html2text,elinks,links,chromium,pdftotext-stream,docx2txt,pandoc-org,pandoc-rst,pandoc-asciidoc,pandoc-mediawiki,mammoth-raw,officeparser}/* | tail -1

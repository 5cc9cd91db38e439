#!/usr/bin/env bash
# Generates fixtures/word/hongze-2023-charprops.docx and .doc: the Hongze template with
# character formatting that leaves text out of table 三's first row of values, as Word
# users leave it: a hidden old figure `48` before `21`, a struck-through `7` before `0`,
# a superscript footnote mark `1` after `0`. Read right, the row is the template's own.
# And fixtures/word/hongze-2023-position.docx and .doc: the same row with marks raised and
# lowered by hand (w:position ±3 pt: `1` after `21`, `2` after `0`), not as superscripts.
# The .doc is LibreOffice's save of the .docx (the formatting kept in its CHPX pages).
# Needs: apt-get install -y libreoffice-writer-nogui; python3
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
need_tools "libreoffice-writer-nogui" soffice python3
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import re, sys, zipfile
src = zipfile.ZipFile('fixtures/word/hongze-2023-template.docx')
xml = src.read('word/document.xml').decode('utf-8')
start = xml.index('本年新收政府信息公开申请数量')
run = re.compile(r'<w:r><w:rPr>(.*?)</w:rPr><w:t xml:space="preserve">(\d+)</w:t></w:r>')
found = list(run.finditer(xml, start))[:3]
charprops = [
    lambda rpr, t: f'<w:r><w:rPr>{rpr}<w:vanish/></w:rPr><w:t>48</w:t></w:r><w:r><w:rPr>{rpr}</w:rPr><w:t>{t}</w:t></w:r>',
    lambda rpr, t: f'<w:r><w:rPr>{rpr}<w:strike/></w:rPr><w:t>7</w:t></w:r><w:r><w:rPr>{rpr}</w:rPr><w:t>{t}</w:t></w:r>',
    lambda rpr, t: f'<w:r><w:rPr>{rpr}</w:rPr><w:t>{t}</w:t></w:r><w:r><w:rPr>{rpr}<w:vertAlign w:val="superscript"/></w:rPr><w:t>1</w:t></w:r>',
]
position = [
    lambda rpr, t: f'<w:r><w:rPr>{rpr}</w:rPr><w:t>{t}</w:t></w:r><w:r><w:rPr>{rpr}<w:position w:val="6"/></w:rPr><w:t>1</w:t></w:r>',
    lambda rpr, t: f'<w:r><w:rPr>{rpr}</w:rPr><w:t>{t}</w:t></w:r><w:r><w:rPr>{rpr}<w:position w:val="-6"/></w:rPr><w:t>2</w:t></w:r>',
]
for name, edits in (('charprops', charprops), ('position', position)):
    edited = xml
    for m, edit in reversed(list(zip(found, edits))):
        edited = edited[:m.start()] + edit(m.group(1), m.group(2)) + edited[m.end():]
    # writestr() rewrites the ZipInfo it is given: each copy reads a freshly opened template.
    src = zipfile.ZipFile('fixtures/word/hongze-2023-template.docx')
    with zipfile.ZipFile(f'{sys.argv[1]}/hongze-2023-{name}.docx', 'w', zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            out.writestr(item, edited.encode('utf-8') if item.filename == 'word/document.xml' else src.read(item.filename))
PY
for name in charprops position; do
  soffice --headless --convert-to doc --outdir "$work" "$work/hongze-2023-$name.docx" >/dev/null 2>&1
  cp "$work/hongze-2023-$name.docx" "$work/hongze-2023-$name.doc" fixtures/word/
done
ls -l fixtures/word/hongze-2023-charprops.* fixtures/word/hongze-2023-position.*

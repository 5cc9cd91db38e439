#!/usr/bin/env bash
# Text hard-wrapped after it was made, as GNU `fold` does (blind to characters: a Chinese
# character's bytes can fall on two lines): fixtures/generated/text-folded/LAYOUT-wN/NAME.txt from
# the text-layout fixtures. All 48 `pdftotext -layout` texts at 80 columns; 12 of pandoc's plain
# text at 80; 12 of w3m's at 120 bytes (`fold -b`, box-drawing rows); 12 `pdftotext -layout` texts
# in GB18030 at 100; 12 with CRLF line ends at 72; `fold -s` (breaking after the last blank within
# the width) of 12 `pdftotext -layout` and 12 pandoc plain texts at 80.
# Needs: coreutils (fold), iconv.
set -euo pipefail
cd "$(dirname "$0")/.."
src=fixtures/generated
out=$src/text-folded
rm -rf "$out"
mkdir -p "$out"/pdftotext-layout-w80 "$out"/pandoc-plain-w80 "$out"/w3m-b120 "$out"/gb18030-w100 "$out"/crlf-w72 "$out"/pdftotext-layout-s80 "$out"/pandoc-plain-s80
for f in "$src"/text-pdftotext-layout/*.txt; do
  fold -w 80 "$f" > "$out/pdftotext-layout-w80/$(basename "$f")"
done
# Every fourth report of the other sets.
pick() { ls "$1"/*."$2" | awk 'NR % 4 == 1'; }
for f in $(pick "$src"/text-pandoc-plain txt); do
  fold -w 80 "$f" > "$out/pandoc-plain-w80/$(basename "$f")"
  fold -s -w 80 "$f" > "$out/pandoc-plain-s80/$(basename "$f")"
done
for f in $(pick "$src"/text-w3m txt); do fold -b -w 120 "$f" > "$out/w3m-b120/$(basename "$f")"; done
for f in $(pick "$src"/text-pdftotext-layout txt); do
  iconv -f UTF-8 -t GB18030 "$f" | fold -w 100 > "$out/gb18030-w100/$(basename "$f")"
  sed 's/$/\r/' "$f" | fold -w 72 > "$out/crlf-w72/$(basename "$f")"
  fold -s -w 80 "$f" > "$out/pdftotext-layout-s80/$(basename "$f")"
done
du -sh "$out"/*

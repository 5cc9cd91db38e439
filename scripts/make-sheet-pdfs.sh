#!/usr/bin/env bash
# Generates fixtures/generated/pdf-sheets/: reports printed two pages to a sheet with pdfjam
# (as a print driver's "2 pages per sheet" or a booklet does), from committed generated PDFs:
#   borderless-2019-01-none-a4-booklet.pdf   (pages as a booklet folds them: 4,1 | 2,3)
#   borderless-2021-04-threeline-b5-booklet.pdf
#   borderless-2019-01-none-a4-nup.pdf       (1,2 | 3,4)
#   report-2021-02-letter-nup.pdf            (ruled)
# Each JSON is its source's: the values stay those printed.
# Needs: apt-get install -y texlive-extra-utils (pdfjam)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
need_tools "texlive-extra-utils" pdfjam
out=fixtures/generated/pdf-sheets
mkdir -p "$out"
sheet() { # SOURCE NAME pdfjam-options...
  local source="$1" name="$2"; shift 2
  pdfjam --quiet "$@" --landscape --outfile "$out/$name.pdf" "fixtures/generated/$source.pdf"
  cp "fixtures/generated/$source.json" "$out/$name.json"
}
sheet pdf-borderless/borderless-2019-01-none-a4 borderless-2019-01-none-a4-booklet --booklet true
sheet pdf-borderless/borderless-2021-04-threeline-b5 borderless-2021-04-threeline-b5-booklet --booklet true
sheet pdf-borderless/borderless-2019-01-none-a4 borderless-2019-01-none-a4-nup --nup 2x1
sheet pdf/report-2021-02-letter report-2021-02-letter-nup --nup 2x1
ls -l "$out"

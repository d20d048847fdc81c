#!/bin/sh
# generate_ods.sh writes the OpenDocument files of the .ods tests into
# ./out, each beside an .xlsx twin that LibreOffice saved of the same data
# (soffice with Calc). Run it here; xiaoshou_zh.fods is the source inlined
# in README.md, to be saved beside this script first.
set -eu
export HOME="${TMPDIR:-/tmp}/lohome"   # a throwaway LibreOffice profile
mkdir -p "$HOME" out tmp tmp2
so() { soffice --headless --convert-to "$1" --outdir "$2" "$3"; }
# features_zh.fods: merged date, yuan, percent, time, boolean, formulas,
# a hidden row and column, adjacent equal cells, a hidden sheet, and the
# second sheet active.
so ods tmp features_zh.fods;  mv tmp/features_zh.ods  out/libreoffice_features_zh.ods
so xlsx tmp features_zh.fods; mv tmp/features_zh.xlsx out/libreoffice_features_zh.xlsx
so xls tmp features_zh.fods;  mv tmp/features_zh.xls  out/libreoffice_features_zh.xls
so ods tmp xiaoshou_zh.fods;  mv tmp/xiaoshou_zh.ods  out/libreoffice_zh.ods
# text_zh.csv (UTF-8): runs of spaces, a leading space, a tab, line
# breaks; its .xlsx twin is saved from the .ods.
soffice --headless --infilter=CSV:44,34,76,1 --convert-to ods --outdir tmp text_zh.csv
so xlsx tmp2 tmp/text_zh.ods
mv tmp/text_zh.ods out/libreoffice_text_zh.ods; mv tmp2/text_zh.xlsx out/libreoffice_text_zh.xlsx
# The merged and daily-sales workbooks, saved again as .ods.
so ods tmp libreoffice_merged_zh.xlsx; mv tmp/libreoffice_merged_zh.ods out/
so ods tmp libreoffice_sales_zh.xlsx;  mv tmp/libreoffice_sales_zh.ods  out/
# hidden_zh.fods: an AutoFilter over 明细.A1:C5 with three rows filtered
# out (table:visibility="filter") and a 合计 row hidden by hand ("collapse");
# saved as .ods, .xlsx (hidden="true") and .xls (the ROW record's fDyZero).
so ods tmp hidden_zh.fods;  mv tmp/hidden_zh.ods  out/libreoffice_hidden_zh.ods
so xlsx tmp hidden_zh.fods; mv tmp/hidden_zh.xlsx out/libreoffice_hidden_zh.xlsx
so xls tmp hidden_zh.fods;  mv tmp/hidden_zh.xls  out/libreoffice_hidden_zh.xls

#!/bin/sh
# generate_gnumeric.sh writes gnumeric_hidden_first_zh.xls and .ods into
# ./out: LibreOffice saves hidden_first_zh.fods (a hidden first sheet 说明,
# the active sheet 销售) as .ods, and Gnumeric's ssconvert saves that as
# an Excel 97–2003 workbook, keeping 说明 hidden but active, and as
# OpenDocument, writing its percents as float values with a percentage
# style.
set -eu
export HOME="${TMPDIR:-/tmp}/lohome"   # a throwaway LibreOffice profile
mkdir -p "$HOME" out tmp
soffice --headless --convert-to ods --outdir tmp hidden_first_zh.fods
ssconvert -T Gnumeric_Excel:excel_biff8 tmp/hidden_first_zh.ods out/gnumeric_hidden_first_zh.xls
ssconvert -T Gnumeric_OpenCalc:odf tmp/hidden_first_zh.ods out/gnumeric_hidden_first_zh.ods

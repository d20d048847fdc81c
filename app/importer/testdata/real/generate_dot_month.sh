#!/bin/sh
# generate_dot_month.sh writes the dot_month files of app/importer/testdata/real
# into ./out with LibreOffice (soffice): months typed 2023.1 to 2023.12, as
# text in dot_month.csv, become numbers, October's 2023.10 the number 2023.1.
set -eu
export HOME="${TMPDIR:-/tmp}/lohome"   # a throwaway LibreOffice profile
mkdir -p "$HOME" out tmp
{
	echo '月份,销售额'
	for m in 1 2 3 4 5 6 7 8 9 10 11 12; do echo "2023.$m,${m}000"; done
} > dot_month.csv
so() { soffice --headless --infilter="CSV:44,34,76,1" --convert-to "$1" --outdir tmp dot_month.csv; }
so xlsx; mv tmp/dot_month.xlsx out/libreoffice_dot_month.xlsx
so ods;  mv tmp/dot_month.ods  out/libreoffice_dot_month.ods
# The numbers saved again as shown: October is 2023.1 as January is.
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir tmp out/libreoffice_dot_month.xlsx
mv tmp/libreoffice_dot_month.csv out/libreoffice_dot_month.csv
rm dot_month.csv

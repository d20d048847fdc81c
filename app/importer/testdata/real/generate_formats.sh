#!/bin/sh
# generate_formats.sh writes libreoffice_formats_1904.xlsx into ./out:
# openpyxl writes the workbook (make_formats_zh.py), LibreOffice saves it
# again (python3 with openpyxl, soffice).
set -eu
export HOME="${TMPDIR:-/tmp}/lohome"   # a throwaway LibreOffice profile
mkdir -p "$HOME" out tmp
python3 make_formats_zh.py
soffice --headless --convert-to xlsx --outdir tmp formats_1904.xlsx
mv tmp/formats_1904.xlsx out/libreoffice_formats_1904.xlsx
rm formats_1904.xlsx
# long_dates.fods: dates shown with a weekday and months shown 03.2026 and
# 4/2026, saved as shown in UTF-8 with commas.
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir tmp long_dates.fods
mv tmp/long_dates.csv out/libreoffice_long_dates.csv
# make_locales.py: de-CH, en-IN and ru-RU numbers as shown, UTF-8; commas,
# and semicolons for the decimal commas of ru-RU.
python3 make_locales.py
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir tmp sales_ch.fods
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1' --outdir tmp sales_in.fods
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1' --outdir tmp sales_ru.fods
for l in ch in ru; do mv tmp/sales_$l.csv out/libreoffice_sales_$l.csv; rm sales_$l.fods; done
# make_merged_zh.py: merged month and target cells, saved again by LibreOffice.
python3 make_merged_zh.py
soffice --headless --convert-to xlsx --outdir tmp merged_zh.xlsx
mv tmp/merged_zh.xlsx out/libreoffice_merged_zh.xlsx
rm merged_zh.xlsx

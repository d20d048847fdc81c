#!/bin/sh
# generate_channels.sh writes the channel files of app/importer/testdata/real
# into ./out with LibreOffice from make_channels_zh.py (python3, soffice).
set -eu
export HOME="${TMPDIR:-/tmp}/lohome"   # a throwaway LibreOffice profile
mkdir -p "$HOME" out tmp
so() { soffice --headless --convert-to "$1" --outdir tmp "$2"; }
python3 make_channels_zh.py; python3 make_channels_zh.py serial
so xlsx channels_zh.fods;     mv tmp/channels_zh.xlsx     out/libreoffice_channels_zh.xlsx
so xlsx channels_serial.fods; mv tmp/channels_serial.xlsx out/libreoffice_channels_serial.xlsx
# Text as shown (dates 2023/1/5; GBK has no ¥, so the amounts are written
# from the serial file, as plain numbers): UTF-8 (76), GBK (67).
so 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true' channels_zh.fods
mv tmp/channels_zh.csv tmp/utf8.csv
# LibreOffice 7.4 writes no BOM: add the one Excel writes for "CSV UTF-8".
printf '\357\273\277' | cat - tmp/utf8.csv > out/libreoffice_channels_zh_bom.csv
so 'csv:Text - txt - csv (StarCalc):44,34,67,1,,0,false,true,true' channels_serial.fods
mv tmp/channels_serial.csv out/libreoffice_channels_gbk.csv

#!/usr/bin/env bash
# Remakes the interface's Chinese fonts from Debian's packages. Run by hand
# when the fonts should change; the build only embeds the results.
#
#   apt-get install fonts-noto-cjk python3-fonttools
#   bash assets/fonts/make-fonts.sh
#
# cjk-regular.otf and cjk-bold.otf: Noto Sans CJK SC Regular and Bold cut to
# the GB2312 characters, every character of the Chinese translation and the
# spaces. They hold no Latin letters, so Latin text keeps Fyne's own Noto
# Sans and Chinese falls through to these in every language. The spaces stay
# because the shaper keeps a space in the run of the character before it:
# without them a space after a Chinese character draws as a missing glyph.
# A character outside the cut comes from the system's Chinese font. The
# full set (GBK, 21,000 characters) would triple the size and add some 30 MB
# to the memory Pacer needs at start.
#
# Fyne parses every face whole, tables copied and glyphs indexed, for each
# text style it draws before the first frame (regular, bold, italic: 3
# parses), so each glyph kept costs start-up time. Kept are only the glyphs
# Fyne's shaper (go-text's HarfBuzz) can reach: the features it turns on
# for horizontal text (FEATURES below; never the vertical forms or the
# alternates an application must ask for), under the default language and
# Simplified Chinese. The Japanese, Korean and Traditional Chinese language
# systems go first: their 'locl' forms, some 5,700 glyphs of the 13,600, drew
# only when the locale was ja, ko, zh_TW or zh_HK. The hints go too: Fyne
# rasterises outlines without hinting, so they never changed a pixel. The
# charstrings shrink from 3.3 to 1.5 MB a face.
set -euo pipefail
cd "$(dirname "$0")"
py=/usr/bin/python3
chars=$(mktemp)
"$py" - "$chars" <<'PY'
import json, sys
text = set(json.load(open("../translations/zh_Hans.json", encoding="utf-8")).values())
chars = set("".join(text))
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
cjk = [c for c in chars if ord(c) >= 0x2E80] + [" ", "\u00a0"]
open(sys.argv[1], "w", encoding="utf-8").write("".join(sorted(cjk)))
PY
# The features HarfBuzz applies to left-to-right horizontal text
# (harfbuzz/ot_shaper.go: collectFeatures, commonFeatures,
# horizontalFeatures).
FEATURES=rvrn,ltra,ltrm,frac,numr,dnom,rand,trak,Harf,HARF,Buzz,BUZZ,abvm,blwm,ccmp,locl,mark,mkmk,rlig,calt,clig,curs,dist,kern,liga,rclt
sc=$(mktemp --suffix=.otf)
for weight in Regular Bold; do
	out=cjk-$(echo "$weight" | tr 'A-Z' 'a-z').otf
	"$py" - "/usr/share/fonts/opentype/noto/NotoSansCJK-$weight.ttc" "$sc" <<'PY'
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1], fontNumber=2, recalcTimestamp=False)  # face 2 is SC
for tag in ("GSUB", "GPOS"):
    for rec in f[tag].table.ScriptList.ScriptRecord:
        script = rec.Script
        script.LangSysRecord = [l for l in script.LangSysRecord
                                if l.LangSysTag not in ("JAN ", "KOR ", "ZHH ", "ZHT ")]
        script.LangSysCount = len(script.LangSysRecord)
f.save(sys.argv[2])
PY
	"$py" -m fontTools.subset "$sc" --text-file="$chars" --layout-features="$FEATURES" --no-hinting \
		--name-IDs='*' --notdef-outline --output-file="$out"
done
rm -f "$chars" "$sc"
# Give both faces Noto Sans's line box (ascent 1.069 em, descent 0.293 em):
# Fyne sizes a line by the theme's face, and Latin letters drawn from Noto
# Sans in a shorter box lose their descenders.
"$py" - cjk-regular.otf cjk-bold.otf <<'PY'
import sys
from fontTools.ttLib import TTFont
for path in sys.argv[1:]:
    f = TTFont(path, recalcTimestamp=False)  # the same fonts from the same sources
    upm = f["head"].unitsPerEm
    ascent, descent = round(1.069 * upm), round(0.293 * upm)
    f["hhea"].ascent, f["hhea"].descent, f["hhea"].lineGap = ascent, -descent, 0
    os2 = f["OS/2"]
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ascent, -descent, 0
    os2.usWinAscent, os2.usWinDescent = ascent, descent
    f.save(path)
PY
ls -l cjk-regular.otf cjk-bold.otf

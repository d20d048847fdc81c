#!/usr/bin/env bash
# Remakes the interface's CJK fonts from Debian's packages. Run by hand when
# the fonts should change; the build only embeds the results.
#
#   apt-get install fonts-noto-cjk python3-fonttools
#   bash assets/fonts/make-fonts.sh
#
# cjk-regular.ttf: WenQuanYi Micro Hei with only its CJK glyphs (ideographs,
# CJK punctuation, full-width forms) and spaces, so that Latin text keeps
# Fyne's own Noto Sans and Chinese falls through to this font in every
# language. The spaces stay because the shaper keeps a space in the run of
# the character before it: without them a space after a Chinese character
# would draw as a missing glyph.
# cjk-bold.otf: Noto Sans CJK SC Bold, cut to the GB2312 characters plus every
# character of the Chinese translation, for bold titles and headers.
set -euo pipefail
cd "$(dirname "$0")"
py=/usr/bin/python3
cjk='U+0020,U+00A0,U+2002-200B,U+202F,U+205F,U+2E80-2FDF,U+3000-303F,U+3040-30FF,U+3100-312F,U+31A0-31FF,U+3200-33FF,U+3400-4DBF,U+4E00-9FFF,U+F900-FAFF,U+FE30-FE4F,U+FF00-FFEF,U+20000-2FA1F'
"$py" -m fontTools.subset wqy-microhei.ttf --unicodes="$cjk" \
	--layout-features='*' --name-IDs='*' --notdef-outline --output-file=cjk-regular.ttf
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
"$py" -m fontTools.subset /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc --font-number=2 \
	--text-file="$chars" --layout-features='*' --name-IDs='*' --notdef-outline --output-file=cjk-bold.otf
rm -f "$chars"
# Give both faces Noto Sans's line box (ascent 1.069 em, descent 0.293 em):
# Fyne sizes a line by the theme's face, and Latin letters drawn from Noto
# Sans in a shorter box lose their descenders.
"$py" - cjk-regular.ttf cjk-bold.otf <<'PY'
import sys
from fontTools.ttLib import TTFont
for path in sys.argv[1:]:
    f = TTFont(path)
    upm = f["head"].unitsPerEm
    ascent, descent = round(1.069 * upm), round(0.293 * upm)
    f["hhea"].ascent, f["hhea"].descent, f["hhea"].lineGap = ascent, -descent, 0
    os2 = f["OS/2"]
    os2.sTypoAscender, os2.sTypoDescender, os2.sTypoLineGap = ascent, -descent, 0
    os2.usWinAscent, os2.usWinDescent = ascent, descent
    f.save(path)
PY
ls -l cjk-regular.ttf cjk-bold.otf

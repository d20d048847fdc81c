package assets

import _ "embed" // for the fonts below

// CJKFont is WenQuanYi Micro Hei, a TrueType font with Chinese and Latin
// glyphs (licence in fonts/LICENSE-wqy-microhei.txt). Charts need it because
// go-chart's own font has no Chinese; pass it to chart.SetChartFont. It is
// the first face of Debian's wqy-microhei.ttc, extracted into a standalone
// .ttf so that any TrueType reader accepts it.
//
//go:embed fonts/wqy-microhei.ttf
var CJKFont []byte

// CJKRegular is Noto Sans CJK SC Regular cut to the GB2312 characters and
// those of the Chinese translation (fonts/make-fonts.sh; licence in
// fonts/LICENSE-noto-sans-cjk.txt). As the interface's text font it renders
// Chinese in every language, while Latin text, which it lacks, falls
// through to Fyne's own Noto Sans.
//
//go:embed fonts/cjk-regular.otf
var CJKRegular []byte

// CJKBold is Noto Sans CJK SC Bold cut to the GB2312 characters and those
// of the Chinese translation (fonts/make-fonts.sh; licence in
// fonts/LICENSE-noto-sans-cjk.txt): bold Chinese for titles and headers.
//
//go:embed fonts/cjk-bold.otf
var CJKBold []byte

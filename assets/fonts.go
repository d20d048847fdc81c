package assets

import _ "embed" // for the font below

// CJKFont is WenQuanYi Micro Hei, a TrueType font with Chinese and Latin
// glyphs (licence in fonts/LICENSE-wqy-microhei.txt). Charts need it because
// go-chart's own font has no Chinese; pass it to app.SetChartFont. It is the
// first face of Debian's wqy-microhei.ttc, extracted into a standalone .ttf
// so that any TrueType reader accepts it.
//
//go:embed fonts/wqy-microhei.ttf
var CJKFont []byte

package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"pacer/assets"
)

// cjkTheme is Fyne's own theme with the embedded WenQuanYi Micro Hei as
// the text font, so that Chinese renders on machines without a CJK font
// (a fresh Linux box); it holds Latin glyphs too.
type cjkTheme struct {
	fyne.Theme
	font fyne.Resource
}

func (t cjkTheme) Font(s fyne.TextStyle) fyne.Resource {
	if s.Monospace || s.Symbol {
		return t.Theme.Font(s)
	}
	return t.font
}

// ApplyTheme gives a Chinese interface the embedded CJK font; an English
// one keeps Fyne's own fonts.
func ApplyTheme(a fyne.App) {
	if !chineseNumbers() {
		return
	}
	a.Settings().SetTheme(cjkTheme{Theme: theme.DefaultTheme(), font: fyne.NewStaticResource("wqy-microhei.ttf", assets.CJKFont)})
}

package views

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestThemeGivesChineseFacesInEveryLanguage: the English interface shows
// Chinese goal titles and names too, in bold where the text is bold.
func TestThemeGivesChineseFacesInEveryLanguage(t *testing.T) {
	th := pacerTheme{Theme: theme.DefaultTheme(), scale: 1}
	for _, c := range []struct {
		style fyne.TextStyle
		want  fyne.Resource
	}{
		{fyne.TextStyle{}, cjkRegular},
		{fyne.TextStyle{Italic: true}, cjkRegular},
		{fyne.TextStyle{Monospace: true}, cjkRegular},
		{fyne.TextStyle{Bold: true}, cjkBold},
		{fyne.TextStyle{Bold: true, Italic: true}, cjkBold},
		{fyne.TextStyle{Symbol: true}, theme.DefaultTheme().Font(fyne.TextStyle{Symbol: true})},
	} {
		if got := th.Font(c.style); got != c.want {
			t.Errorf("Font(%+v) = %s, want %s", c.style, got.Name(), c.want.Name())
		}
	}
}

package assets

import (
	"encoding/json"
	"testing"

	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestInterfaceFontsCoverChinese checks that the interface's Chinese faces
// hold every Chinese character of the translation and the spaces the shaper
// keeps in their runs, and that the regular face leaves Latin letters to
// Fyne's own font.
func TestInterfaceFontsCoverChinese(t *testing.T) {
	content, err := translations.ReadFile(TranslationsDir + "/zh_Hans.json")
	if err != nil {
		t.Fatal(err)
	}
	var zh map[string]string
	if err := json.Unmarshal(content, &zh); err != nil {
		t.Fatal(err)
	}
	needed := map[rune]bool{' ': true, '万': true, '亿': true, '简': true}
	for _, v := range zh {
		for _, r := range v {
			if r >= 0x2E80 {
				needed[r] = true
			}
		}
	}
	for name, ttf := range map[string][]byte{"regular": CJKRegular, "bold": CJKBold} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var buf sfnt.Buffer
		for r := range needed {
			if g, err := f.GlyphIndex(&buf, r); err != nil || g == 0 {
				t.Errorf("%s face has no glyph for %q", name, r)
			}
		}
		if g, _ := f.GlyphIndex(&buf, 'A'); g != 0 {
			t.Errorf("%s face draws Latin letters, which should stay Fyne's", name)
		}
	}
}

// TestInterfaceFontsKeepNotoSansLineBox: Fyne sizes a line by the theme's
// face, so the Chinese faces must have Noto Sans's ascent and descent, or
// the Latin letters drawn from Noto Sans lose their descenders ("Settinqs").
func TestInterfaceFontsKeepNotoSansLineBox(t *testing.T) {
	metrics := func(name string, ttf []byte) (ascent, descent fixed.Int26_6) {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		m, err := f.Metrics(new(sfnt.Buffer), fixed.I(1000), font.HintingNone)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return m.Ascent, m.Descent
	}
	wantA, wantD := metrics("Noto Sans", theme.DefaultTextFont().Content())
	for name, ttf := range map[string][]byte{"regular": CJKRegular, "bold": CJKBold} {
		a, d := metrics(name, ttf)
		if (a-wantA).Round() != 0 || (d-wantD).Round() != 0 {
			t.Errorf("%s face: ascent %v descent %v per 1000, Noto Sans %v and %v", name, a.Round(), d.Round(), wantA.Round(), wantD.Round())
		}
	}
}

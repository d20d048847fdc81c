package assets

import (
	"encoding/json"
	"testing"

	"golang.org/x/image/font/sfnt"
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

package assets

import (
	"bytes"
	"image"
	"image/color"
	_ "image/png" // to decode the icons
	"testing"
)

// TestWindowIconIsIconSmaller checks that the running app's icon is
// icon.png at 256×256 in 8-bit colour: the same picture, a quarter of the
// pixels, half the bytes each.
func TestWindowIconIsIconSmaller(t *testing.T) {
	big, _, err := image.Decode(bytes.NewReader(Icon.Content()))
	if err != nil {
		t.Fatal(err)
	}
	small, _, err := image.Decode(bytes.NewReader(WindowIcon.Content()))
	if err != nil {
		t.Fatal(err)
	}
	if s := small.Bounds().Size(); s != image.Pt(256, 256) {
		t.Fatalf("window icon is %v, want 256×256", s)
	}
	if m := small.ColorModel(); m != color.NRGBAModel && m != color.RGBAModel {
		t.Errorf("window icon is not 8-bit RGBA: %T", small)
	}
	scale := big.Bounds().Dx() / 256
	var diff, n float64
	for y := 0; y < 256; y += 4 {
		for x := 0; x < 256; x += 4 {
			r1, g1, b1, a1 := small.At(x, y).RGBA()
			r2, g2, b2, a2 := big.At(x*scale+scale/2, y*scale+scale/2).RGBA()
			for _, d := range [][2]uint32{{r1, r2}, {g1, g2}, {b1, b2}, {a1, a2}} {
				diff += float64(max(d[0], d[1])-min(d[0], d[1])) / 0xffff
				n++
			}
		}
	}
	if mean := diff / n; mean > 0.03 {
		t.Errorf("window icon differs from icon.png by %.1f%% a channel on average", 100*mean)
	}
}

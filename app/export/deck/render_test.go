package deck

import (
	"bytes"

	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"

	"testing"
	"time"
)

// renderCase is a deck LibreOffice renders in the test.
type renderCase struct {
	name   string
	lang   string
	goals  int
	aspect Aspect
	// native leaves the fallback pictures out, so that what is drawn on
	// the chart slides can only be LibreOffice's own native charts.
	native bool
}

var renderCases = []renderCase{
	{"en-3", "en", 3, Wide, false},
	{"en-3-native", "en", 3, Wide, true},
	{"zh-3", "zh", 3, Wide, false},
	{"en-20", "en", 20, Wide, false},
	{"zh-20-4x3", "zh", 20, Standard, false},
}

// TestDeckRendersInLibreOffice converts decks to PDF with LibreOffice
// Impress, a client written by others, then to PNG pages with pdftoppm,
// and checks that each opens with the right number of slides and that
// the chart and table slides are not blank. With PACER_DECK_DIR set the
// decks and their pages are kept there to be looked at.
func TestDeckRendersInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		missingTool(t, "LibreOffice is not installed (soffice not on PATH): the deck is NOT checked in a real client; install libreoffice-impress and poppler-utils (make test-deps does)")
	}
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		missingTool(t, "pdftoppm is not installed: the deck is NOT checked in a real client; install poppler-utils (make test-deps does)")
	}
	dir := os.Getenv("PACER_DECK_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	var files []string
	counts := map[string]int{}
	for _, c := range renderCases {
		in := sampleInput(t, c.lang, c.goals)
		in.Aspect = c.aspect
		noPictures = c.native
		err := WriteFile(filepath.Join(dir, c.name+".pptx"), in)
		noPictures = false
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, filepath.Join(dir, c.name+".pptx"))
		counts[c.name] = SlideCount(in)
	}
	profile := "file://" + filepath.ToSlash(t.TempDir())
	start := time.Now()
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir}, files...)
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	t.Logf("LibreOffice converted %d decks in %v", len(files), time.Since(start).Round(time.Millisecond))
	for _, c := range renderCases {
		pages := renderPages(t, filepath.Join(dir, c.name))
		if len(pages) != counts[c.name] {
			t.Errorf("%s: LibreOffice made %d pages of %d slides", c.name, len(pages), counts[c.name])
			continue
		}
		checkPages(t, c, pages)
	}
}

// renderPages turns base.pdf into PNG pages base-NN.png and reads them.
func renderPages(t *testing.T, base string) []image.Image {
	t.Helper()
	if out, err := exec.Command("pdftoppm", "-r", "48", "-png", base+".pdf", base).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	names, _ := filepath.Glob(base + "-*.png")
	num := regexp.MustCompile(`-(\d+)\.png$`)
	pages := make([]image.Image, len(names))
	for _, n := range names {
		i, _ := strconv.Atoi(num.FindStringSubmatch(n)[1])
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil || i < 1 || i > len(pages) {
			t.Fatalf("%s: %v", n, err)
		}
		pages[i-1] = img
	}
	return pages
}

// checkPages checks the goal slides (3 on), the variance table slide and
// the attainment slide (the last) for ink: the charts' blue and
// vermillion, the table's text.
func checkPages(t *testing.T, c renderCase, pages []image.Image) {
	t.Helper()
	for i := 2; i < 2+c.goals; i++ {
		blue, red, _ := inks(pages[i])
		if blue < 200 || red < 50 {
			t.Errorf("%s: goal slide %d has %d blue and %d vermillion pixels: charts not drawn", c.name, i+1, blue, red)
		}
	}
	_, _, dark := inks(pages[2+c.goals])
	if dark < 500 {
		t.Errorf("%s: variance table slide %d has %d dark pixels: table not drawn", c.name, 3+c.goals, dark)
	}
	blue, red, _ := inks(pages[len(pages)-1])
	if blue+red < 300 {
		t.Errorf("%s: attainment slide has %d coloured pixels: chart not drawn", c.name, blue+red)
	}
}

// inks counts pixels near the plan blue, near the actual vermillion, and
// dark (text).
func inks(img image.Image) (blue, red, dark int) {
	near := func(r, g, b uint32, R, G, B int) bool {
		d := func(x uint32, y int) int { return max(int(x>>8)-y, y-int(x>>8)) }
		return d(r, R)+d(g, G)+d(b, B) < 60
	}
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			switch {
			case near(r, g, b, 0x00, 0x72, 0xB2):
				blue++
			case near(r, g, b, 0xD5, 0x5E, 0x00):
				red++
			case r>>8 < 90 && g>>8 < 90 && b>>8 < 90:
				dark++
			}
		}
	}
	return blue, red, dark
}

// missingTool skips a check whose outside tool is not installed, saying so,
// except under CI (CI set), where a check that cannot run fails the run.
func missingTool(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(why)
	}
	t.Skip(why)
}

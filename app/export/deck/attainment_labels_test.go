package deck

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"pacer/app"
)

// TestAttainmentLabelsInLibreOffice renders the attainment slide of a
// review where a goal made 24 times its plan with LibreOffice Impress and
// reads its text back with pdftotext: the bar's label must read
// "2,400%", as the notes, the app's chart and the review screen write it
// (FormatFraction), not "2400%".
func TestAttainmentLabelsInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		missingTool(t, "LibreOffice is not installed (soffice not on PATH): the attainment labels are NOT checked in a real client; install libreoffice-impress and poppler-utils (make test-deps does)")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		missingTool(t, "pdftotext is not installed: the attainment labels are NOT checked in a real client; install poppler-utils (make test-deps does)")
	}
	in := sampleInput(t, "en", 3)
	in.Charts.Portfolio.Items[0].Attainment = 24
	dir := t.TempDir()
	if err := WriteFile(filepath.Join(dir, "deck.pptx"), in); err != nil {
		t.Fatal(err)
	}
	args := []string{"-env:UserInstallation=file://" + filepath.ToSlash(t.TempDir()), "--headless", "--norestore",
		"--convert-to", "pdf", "--outdir", dir, filepath.Join(dir, "deck.pptx")}
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	last := strconv.Itoa(SlideCount(in))
	out, err := exec.Command("pdftotext", "-f", last, "-l", last, filepath.Join(dir, "deck.pdf"), "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	words := strings.Fields(string(out))
	for _, it := range in.Charts.Portfolio.Items {
		want := app.FormatFraction(it.Attainment, 0)
		found := false
		for _, w := range words {
			found = found || w == want
		}
		if !found {
			t.Errorf("%s: the attainment slide as LibreOffice draws it has no label %q:\n%s", it.Label, want, out)
		}
	}
}

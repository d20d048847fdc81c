package export

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"pacer/app"
)

// TestExportLabelsComeFromApp checks that the data export writes coded
// values as app's labels, passed through the one translator it is given,
// as the screens show them.
func TestExportLabelsComeFromApp(t *testing.T) {
	b := sampleBook(t, "en")
	g := b.Goals[0]
	zh := map[string]string{g.Kind.Label(): "方向词", g.Perspective.Label(): "视角词", g.Cadence.Label(): "频率词"}
	files := map[string]*bytes.Buffer{}
	err := WriteDataCSV(func(name string) (io.WriteCloser, error) {
		files[name] = &bytes.Buffer{}
		return nopCloser{files[name]}, nil
	}, b, func(s string) string { return zh[s] })
	if err != nil {
		t.Fatal(err)
	}
	goals := files["Goals.csv"].String()
	for _, want := range []string{"方向词", "视角词", "频率词", app.UnitCurrency.Label()} {
		if !strings.Contains(goals, want) {
			t.Errorf("Goals.csv lacks %q:\n%s", want, goals)
		}
	}
}

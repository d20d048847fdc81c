package agreement

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"strings"

	"pacer/app"
	"pacer/app/chart"
	"pacer/app/export/deck"
)

// checkDeck compares the review deck with the rows: each row's plan and
// actual, as the variance table and the goal slides write them, is on a
// slide, and every slide's text reads as XML.
func (w *world) checkDeck(rows []app.ReviewRow) {
	var out bytes.Buffer
	if err := deck.Write(&out, deck.Input{Title: "Review", Table: reviewTable(rows)}); err != nil {
		w.fatal("review deck: %v", err)
	}
	text := w.slideText(out.Bytes())
	for _, r := range rows {
		g := r.Goal
		shown := func(what string, v float64, ok bool) {
			want := chart.WithSign(app.FormatValue(v, app.Decimals(g), g.Unit, g.UnitLabel), 0)
			if ok && !strings.Contains(text, want) {
				w.fatal("goal %d %s: the deck does not show the %s %s", g.ID, r.Period.Key(), what, want)
			}
		}
		shown("plan", r.ExpectedCovered, r.HasExpected)
		shown("actual", r.Actual, r.HasActual)
	}
}

// slideText is the text of every slide of the deck b, in slide order
// of the package, each run's text joined by spaces.
func (w *world) slideText(b []byte) string {
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		w.fatal("read deck: %v", err)
	}
	var text strings.Builder
	for _, f := range z.File {
		if !strings.HasPrefix(f.Name, "ppt/slides/slide") || !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			w.fatal("open %s: %v", f.Name, err)
		}
		d := xml.NewDecoder(rc)
		for {
			tok, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				w.fatal("read %s: %v", f.Name, err)
			}
			if cd, ok := tok.(xml.CharData); ok {
				text.Write(cd)
				text.WriteByte(' ')
			}
		}
		rc.Close()
	}
	return text.String()
}

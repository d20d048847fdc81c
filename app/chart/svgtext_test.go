package chart

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
)

// TestSVGWithControlCharactersIsWellFormed draws charts whose titles,
// periods and goal names hold characters XML cannot: the vertical tab of
// a title pasted from Word with a manual line break, another control
// character and a byte that is not UTF-8. The SVG must stay well-formed
// XML, each such character a U+FFFD, the text around it kept; before, a
// browser or Inkscape refused the whole file.
func TestSVGWithControlCharactersIsWellFormed(t *testing.T) {
	useTestFont(t)
	const odd = "Store sales\x0bNorth\x01 \xff & <east>"
	bars := sampleBars("en", 0, 8e6)
	bars.Title = odd
	bars.Periods[0] = "Q1\x0b2023"
	portfolio := longNamesPortfolio("zh")
	portfolio.Items[0].Label = "北京门店\x0b销售额"
	draws := map[string]func() ([]byte, error){
		"bars":      func() ([]byte, error) { return PlanActualBars(bars, testSize(1280, 720, 1), FormatSVG) },
		"portfolio": func() ([]byte, error) { return PortfolioChart(portfolio, testSize(1920, 1080, 1), FormatSVG) },
	}
	wants := map[string][]string{
		"bars":      {"Store sales\uFFFDNorth\uFFFD \uFFFD &amp; &lt;east&gt;", "Q1\uFFFD2023"},
		"portfolio": {"北京门店\uFFFD销售额"},
	}
	for name, draw := range draws {
		b, err := draw()
		if err != nil {
			t.Fatal(err)
		}
		d := xml.NewDecoder(bytes.NewReader(b))
		for {
			_, err := d.Token()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s: the SVG is not well-formed XML: %v", name, err)
			}
		}
		for _, w := range wants[name] {
			if !strings.Contains(string(b), w) {
				t.Errorf("%s: the SVG lacks %q", name, w)
			}
		}
	}
}

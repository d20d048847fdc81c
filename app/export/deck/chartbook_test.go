package deck

import (
	"bytes"
	"html"
	"path"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pacer/app"
)

// chartCache is one series' cached values in a chart part: its number
// format and the value written at each category.
type chartCache struct {
	col    string
	format string
	values map[int]string
}

var (
	serPattern   = regexp.MustCompile(`(?s)<c:ser>.*?</c:ser>`)
	valPattern   = regexp.MustCompile(`<c:val><c:numRef><c:f>Sheet1!\$([A-Z]+)\$2:.*?<c:formatCode>(.*?)</c:formatCode>(.*?)</c:numCache>`)
	pointPattern = regexp.MustCompile(`<c:pt idx="(\d+)"><c:v>(.*?)</c:v></c:pt>`)
)

// chartCaches reads the cached values of a chart part's series.
func chartCaches(t *testing.T, part []byte) []chartCache {
	t.Helper()
	var out []chartCache
	for _, ser := range serPattern.FindAllString(string(part), -1) {
		m := valPattern.FindStringSubmatch(ser)
		if m == nil {
			t.Fatalf("series without a value reference: %s", ser)
		}
		c := chartCache{col: m[1], format: html.UnescapeString(m[2]), values: map[int]string{}}
		for _, pt := range pointPattern.FindAllStringSubmatch(m[3], -1) {
			c.values[int(cellNumber(t, pt[1]))] = pt[2]
		}
		out = append(out, c)
	}
	return out
}

// chartBook opens a chart part's embedded workbook.
func (p pkg) chartBook(t *testing.T, chartPart string) *excelize.File {
	t.Helper()
	var book string
	for _, r := range regexp.MustCompile(`Target="([^"]+\.xlsx)"`).FindAllStringSubmatch(string(p[path.Join(path.Dir(chartPart), "_rels", path.Base(chartPart)+".rels")]), -1) {
		book = path.Clean(path.Join(path.Dir(chartPart), r[1]))
	}
	f, err := excelize.OpenReader(bytes.NewReader(p[book]))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// bookCell is a value cell of a chart's workbook: what it holds, its
// number format and what it shows.
type bookCell struct{ raw, format, shown string }

func readBookCell(t *testing.T, f *excelize.File, ref string) bookCell {
	t.Helper()
	raw, err := f.GetCellValue(sheetName, ref, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	shown, err := f.GetCellValue(sheetName, ref)
	if err != nil {
		t.Fatal(err)
	}
	id, err := f.GetCellStyle(sheetName, ref)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	format := "General"
	if st.CustomNumFmt != nil {
		format = *st.CustomNumFmt
	}
	return bookCell{raw, format, shown}
}

// checkChartBook checks each cached value of a chart against its
// workbook's cell: the same number, in the same format, shown as want
// writes it (an ASCII minus, as a spreadsheet writes it), in a column
// wide enough to show it rather than #####. It returns how many values
// it checked.
func checkChartBook(t *testing.T, p pkg, chartPart string, want func(v float64) string) int {
	t.Helper()
	f := p.chartBook(t, chartPart)
	n := 0
	for _, c := range chartCaches(t, p[chartPart]) {
		width, err := f.GetColWidth(sheetName, c.col)
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range c.values {
			ref := c.col + strconv.Itoa(i+2)
			cell := readBookCell(t, f, ref)
			if cell.raw != v {
				t.Errorf("%s %s: the chart caches %q, its workbook holds %q", chartPart, ref, v, cell.raw)
			}
			if cell.format != c.format {
				t.Errorf("%s %s: the chart writes its values in %q, its workbook in %q", chartPart, ref, c.format, cell.format)
			}
			if w := strings.ReplaceAll(want(cellNumber(t, v)), "−", "-"); cell.shown != w {
				t.Errorf("%s %s: Edit Data shows %s as %q, Pacer writes %q", chartPart, ref, cell.raw, cell.shown, w)
			}
			if float64(app.DisplayWidth(cell.shown)) > width {
				t.Errorf("%s %s: %q in a column %v characters wide shows as #####", chartPart, ref, cell.shown, width)
			}
			n++
		}
	}
	return n
}

// TestDeckChartWorkbooksShowTheChartsFigures opens each native chart's
// workbook, as PowerPoint's "Edit Data" does: every value the chart
// caches is the number its cell holds, written alike (10000000, not
// 1e+07), in the chart's number format, so that it shows the figure the
// slide and the app show: ¥12,345,678,901.23, -¥1,234.50, 80%, and a
// percent goal's 11.5% as the fraction 0.115 in a percent cell, as the
// review workbook holds it. Before, the cells were General, showing
// 12345678901.23 without its currency sign and separators and an
// attainment of 80% as 0.8; then a percent goal's 11.5 was a number with
// a "%" glued on, which showed 12% typed in Edit Data as 0.1%.
func TestDeckChartWorkbooksShowTheChartsFigures(t *testing.T) {
	in := sampleInput(t, "en", 3)
	rows := in.Table.Rows
	big := in.Charts.Goals[rows[0].Goal.ID].PlanActual
	big.Goal.Decimals = 2
	big.Plan[1], big.Plan[2] = 12345678901.23, -1234.5
	p := writeDeck(t, in)
	slides := slideNames(p, SlideCount(in))
	checked := 0
	for i, r := range rows {
		charts := p.slideCharts(t, slides[2+i])
		for j, g := range []app.Goal{in.Charts.Goals[r.Goal.ID].PlanActual.Goal, in.Charts.Goals[r.Goal.ID].Cumulative.Goal} {
			checked += checkChartBook(t, p, charts[j], func(v float64) string {
				if g.Unit == app.UnitPercent {
					return app.FormatFraction(v, app.Decimals(g))
				}
				return app.FormatValue(v, app.Decimals(g), g.Unit, g.UnitLabel)
			})
		}
	}
	checked += checkChartBook(t, p, p.slideCharts(t, slides[len(slides)-1])[0], func(v float64) string { return app.FormatFraction(v, 0) })
	if checked < 10 {
		t.Fatalf("only %d values checked", checked)
	}
}

package deck

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/app/export"
)

// pkg is a written deck's parts by name.
type pkg map[string][]byte

func writeDeck(t testing.TB, in Input) pkg {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	p := pkg{}
	for _, f := range z.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		p[f.Name], err = io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// xmlRels are the relationships of a part, its targets resolved.
func (p pkg) rels(t *testing.T, part string) map[string]string {
	t.Helper()
	dir, relsName := path.Dir(part), path.Join(path.Dir(part), "_rels", path.Base(part)+".rels")
	if part == "" {
		dir, relsName = "", "_rels/.rels"
	}
	var doc struct {
		Rel []struct {
			ID     string `xml:"Id,attr"`
			Type   string `xml:"Type,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(p[relsName], &doc); err != nil {
		t.Fatalf("%s: %v", relsName, err)
	}
	out := map[string]string{}
	for _, r := range doc.Rel {
		target := path.Clean(path.Join(dir, r.Target))
		if _, ok := p[target]; !ok {
			t.Errorf("%s: %s points at %s, which is not in the package", relsName, r.ID, target)
		}
		out[r.ID] = target
	}
	return out
}

func slideNames(p pkg, n int) []string {
	var out []string
	for i := 1; i <= n; i++ {
		out = append(out, fmt.Sprintf("ppt/slides/slide%d.xml", i))
	}
	return out
}

// TestDeckParts checks the package's structure: every XML part is well
// formed and has its content type, every relationship points at a part,
// the presentation lists each slide once, and every slide has notes.
func TestDeckParts(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		for _, aspect := range []Aspect{Wide, Standard} {
			t.Run(fmt.Sprintf("%s-%d", lang, aspect), func(t *testing.T) {
				in := sampleInput(t, lang, 3)
				in.Aspect = aspect
				p := writeDeck(t, in)
				checkParts(t, p)
				n := SlideCount(in)
				// title, summary, 3 goals, variance table, gap analyses, actions, attainment
				if want := 2 + 3 + 1 + len(in.Table.Reviews) + 1 + 1; n != want || len(in.Table.Reviews) == 0 {
					t.Fatalf("%d slides, want %d (%d gap analyses)", n, want, len(in.Table.Reviews))
				}
				pres := string(p["ppt/presentation.xml"])
				if got := strings.Count(pres, "<p:sldId "); got != n {
					t.Errorf("presentation lists %d slides, want %d", got, n)
				}
				cx, cy := aspect.size()
				if !strings.Contains(pres, fmt.Sprintf(`<p:sldSz cx="%d" cy="%d"`, cx, cy)) {
					t.Errorf("slide size: %s", pres)
				}
				presRels := p.rels(t, "ppt/presentation.xml")
				for i, name := range slideNames(p, n) {
					if presRels[fmt.Sprintf("rId%d", 10+i)] != name {
						t.Errorf("slide %d is not %s", i+1, name)
					}
					rels := p.rels(t, name)
					notes := rels["rIdNotes"]
					p.rels(t, notes)
					if !strings.Contains(string(p[notes]), "<a:t>") {
						t.Errorf("%s has no speaker notes", name)
					}
				}
				if _, ok := p["ppt/slides/slide"+strconv.Itoa(n+1)+".xml"]; ok {
					t.Errorf("more slides than listed")
				}
			})
		}
	}
}

// checkParts checks that each part parses and has a content type.
func checkParts(t *testing.T, p pkg) {
	t.Helper()
	ct := string(p["[Content_Types].xml"])
	for name, data := range p {
		if !strings.HasSuffix(name, ".xml") && !strings.HasSuffix(name, ".rels") {
			continue
		}
		d := xml.NewDecoder(bytes.NewReader(data))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}
		if strings.HasSuffix(name, ".xml") && name != "[Content_Types].xml" && !strings.Contains(ct, `PartName="/`+name+`"`) {
			t.Errorf("%s has no content type", name)
		}
	}
	for _, want := range []string{"ppt/presentation.xml", "ppt/slideMasters/slideMaster1.xml", "ppt/slideLayouts/slideLayout1.xml",
		"ppt/theme/theme1.xml", "ppt/notesMasters/notesMaster1.xml", "docProps/core.xml", "_rels/.rels"} {
		if p[want] == nil {
			t.Errorf("no %s", want)
		}
	}
	p.rels(t, "")
}

// TestDeckCharts checks that each chart is a native chart part with its
// embedded workbook and a picture to fall back on: two per goal and the
// attainment chart.
func TestDeckCharts(t *testing.T) {
	in := sampleInput(t, "en", 3)
	p := writeDeck(t, in)
	charts, frames := 0, 0
	for _, name := range slideNames(p, SlideCount(in)) {
		s := string(p[name])
		rels := p.rels(t, name)
		for _, m := range regexp.MustCompile(`<c:chart [^>]*r:id="(rId\d+)"/>`).FindAllStringSubmatch(s, -1) {
			frames++
			chartPart := rels[m[1]]
			if !strings.HasPrefix(chartPart, "ppt/charts/chart") {
				t.Fatalf("%s: %s is %s", name, m[1], chartPart)
			}
			book := p.rels(t, chartPart)["rId1"]
			if !strings.HasPrefix(book, "ppt/embeddings/") || !bytes.HasPrefix(p[book], []byte("PK")) {
				t.Errorf("%s: workbook %s", chartPart, book)
			}
			if !strings.Contains(string(p[chartPart]), `<c:externalData r:id="rId1">`) {
				t.Errorf("%s names no workbook", chartPart)
			}
		}
		if n := strings.Count(s, "<mc:Fallback><p:pic>"); n != strings.Count(s, "<mc:AlternateContent>") {
			t.Errorf("%s: %d fallbacks for %d charts", name, n, strings.Count(s, "<mc:AlternateContent>"))
		}
		for _, m := range regexp.MustCompile(`r:embed="(rIdImg\d+)"`).FindAllStringSubmatch(s, -1) {
			if !bytes.HasPrefix(p[rels[m[1]]], []byte("\x89PNG")) {
				t.Errorf("%s: picture %s is not a PNG", name, m[1])
			}
		}
	}
	for name := range p {
		if strings.HasPrefix(name, "ppt/charts/chart") && strings.HasSuffix(name, ".xml") {
			charts++
		}
	}
	if want := 2*len(in.Table.Rows) + 1; charts != want || frames != want {
		t.Errorf("%d chart parts, %d frames, want %d", charts, frames, want)
	}
}

// slideCharts are the chart parts of a slide, in order.
func (p pkg) slideCharts(t *testing.T, slide string) []string {
	t.Helper()
	rels := p.rels(t, slide)
	var out []string
	for _, m := range regexp.MustCompile(`<c:chart [^>]*r:id="(rId\d+)"/>`).FindAllStringSubmatch(string(p[slide]), -1) {
		out = append(out, rels[m[1]])
	}
	if len(out) == 0 {
		t.Fatalf("%s has no chart", slide)
	}
	return out
}

// workbookRows reads a chart's embedded workbook back.
func (p pkg) workbookRows(t *testing.T, chartPart string) [][]string {
	t.Helper()
	var book string
	for _, r := range regexp.MustCompile(`Target="([^"]+\.xlsx)"`).FindAllStringSubmatch(string(p[path.Join(path.Dir(chartPart), "_rels", path.Base(chartPart)+".rels")]), -1) {
		book = path.Clean(path.Join(path.Dir(chartPart), r[1]))
	}
	f, err := excelize.OpenReader(bytes.NewReader(p[book]))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheetName, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func cellNumber(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("cell %q: %v", s, err)
	}
	return v
}

// TestDeckWorkbooksHoldTheTablesNumbers reads the native charts'
// workbooks back: each goal's plan and actual for the reviewed quarter
// and each goal's attainment are the review table's, a percent goal's as
// the fraction its percent cell shows (10 % is 0.1), as in the review
// workbook.
func TestDeckWorkbooksHoldTheTablesNumbers(t *testing.T) {
	in := sampleInput(t, "en", 3)
	p := writeDeck(t, in)
	tab := in.Table
	slides := slideNames(p, SlideCount(in))
	for i, r := range tab.Rows {
		rows := p.workbookRows(t, p.slideCharts(t, slides[2+i])[0])
		if strings.Join(rows[0], "|") != "|Plan|Actual" {
			t.Fatalf("%s: header %q", r.Goal.Title, rows[0])
		}
		found := false
		for _, row := range rows[1:] {
			if row[0] != tab.PeriodLabel(r.Period) {
				continue
			}
			found = true
			plan, actual := tab.Cell(app.ColumnExpected, r), tab.Cell(app.ColumnActual, r)
			number := func(s string) float64 {
				if r.Goal.Unit == app.UnitPercent {
					return app.Percent(cellNumber(t, s))
				}
				return cellNumber(t, s)
			}
			if got := number(row[1]); got != plan.Value {
				t.Errorf("%s plan %v, table %v", r.Goal.Title, got, plan.Value)
			}
			if got := number(row[2]); got != actual.Value {
				t.Errorf("%s actual %v, table %v", r.Goal.Title, got, actual.Value)
			}
		}
		if !found {
			t.Errorf("%s: no row for %s in %q", r.Goal.Title, tab.PeriodLabel(r.Period), rows)
		}
	}
	rows := p.workbookRows(t, p.slideCharts(t, slides[len(slides)-1])[0])
	if len(rows) != 1+len(tab.Rows) {
		t.Fatalf("attainment rows %q", rows)
	}
	for _, r := range tab.Rows {
		for _, row := range rows[1:] {
			if row[0] == r.Goal.Title && math.Abs(cellNumber(t, row[1])-r.Ratio) > 1e-12 {
				t.Errorf("%s attainment %s, table %v", r.Goal.Title, row[1], r.Ratio)
			}
		}
	}
}

// TestDeckVarianceTable checks the variance slide's native table: a row
// per goal under the headers, numbers aligned right, gaps behind plan in
// red, a percent goal's gap in points.
func TestDeckVarianceTable(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		in := sampleInput(t, lang, 3)
		p := writeDeck(t, in)
		var table string
		for _, name := range slideNames(p, SlideCount(in)) {
			if s := string(p[name]); strings.Contains(s, "<a:t>"+in.Translate.T("Variance table")+"</a:t>") {
				table = s
			}
		}
		if got := strings.Count(table, "<a:tr "); got != 1+len(in.Table.Rows) {
			t.Fatalf("%s: %d table rows", lang, got)
		}
		red, points := false, false
		for _, r := range in.Table.Rows {
			gap := strings.ReplaceAll(export.ReadableCell(in.Table.Cell(app.ColumnVariance, r), r.Goal, in.Table.PointsUnit), "−", "−\u2060")
			run := regexp.MustCompile(`<a:pPr algn="r"/><a:r><a:rPr [^>]*>(<a:solidFill><a:srgbClr val="(\w+)"/></a:solidFill>)?</a:rPr><a:t>` + regexp.QuoteMeta(esc(gap)) + `</a:t>`).FindStringSubmatch(table)
			if run == nil {
				t.Errorf("%s: gap %q is not a right-aligned cell", lang, gap)
				continue
			}
			if behindPlan(r) {
				red = true
				if run[2] != colorGap {
					t.Errorf("%s: gap %q behind plan is %q", lang, gap, run[2])
				}
			}
			if r.Goal.Unit == app.UnitPercent {
				points = strings.HasSuffix(gap, "pp") || strings.HasSuffix(gap, "个百分点")
			}
		}
		if !red || !points {
			t.Errorf("%s: the sample should have a gap behind plan (%v) and a percent goal in points (%v)", lang, red, points)
		}
	}
}

// TestWriteFileLeavesNothingOnFailure checks that a deck that cannot be
// written leaves neither a file nor a temporary one, and keeps the file
// it would have replaced.
func TestWriteFileLeavesNothingOnFailure(t *testing.T) {
	in := sampleInput(t, "en", 3)
	dir := t.TempDir()
	target := filepath.Join(dir, "review.pptx")
	if err := os.WriteFile(target, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := in
	bad.Table.Headers = bad.Table.Headers[1:]
	if err := WriteFile(target, bad); !errors.Is(err, app.ErrReviewTable) {
		t.Fatalf("err %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if old, _ := os.ReadFile(target); len(entries) != 1 || string(old) != "old" {
		t.Fatalf("after a failed write: %d files, %q", len(entries), old)
	}
	if err := WriteFile(target, in); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); !bytes.HasPrefix(got, []byte("PK")) {
		t.Fatalf("not replaced")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("%d files after writing", len(entries))
	}
}

// BenchmarkDeck20Goals writes the deck of a 20-goal review; the issue's
// budget is one second.
func BenchmarkDeck20Goals(b *testing.B) {
	in := sampleInput(b, "en", 20)
	if n := len(in.Table.Rows); n != 20 {
		b.Fatalf("%d goals", n)
	}
	for b.Loop() {
		if err := Write(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
}

package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/data/sampledb"
)

// sampleBook is the export of the sample plan in lang, with a formula-like
// note on the first check-in.
func sampleBook(t testing.TB, lang string) ExportBook {
	t.Helper()
	ctx := context.Background()
	s := sampledb.Store(t, lang)
	snap, err := s.Snapshot(ctx, app.GoalFilter{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.CheckInByPeriod(ctx, snap.Goals[0].ID, "2023-Q1")
	if err != nil {
		t.Fatal(err)
	}
	c.Note = "=SUM(A1:A9)"
	if err := s.UpdateCheckIn(ctx, c); err != nil {
		t.Fatal(err)
	}
	b, err := LoadExportBook(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestLoadExportBook(t *testing.T) {
	b := sampleBook(t, "en")
	if len(b.Goals) != 3 || len(b.Reviews) != 3 || len(b.Actions) != 3 {
		t.Fatalf("got %d goals, %d reviews, %d actions; want 3 each", len(b.Goals), len(b.Reviews), len(b.Actions))
	}
	for _, g := range b.Goals {
		if len(b.Plans[g.ID]) == 0 || len(b.CheckIns[g.ID]) != 1 || len(b.History[g.ID]) != 12 {
			t.Errorf("goal %d: %d plans, %d check-ins, %d history values", g.ID, len(b.Plans[g.ID]), len(b.CheckIns[g.ID]), len(b.History[g.ID]))
		}
	}
	for _, a := range b.Actions {
		if len(b.FollowUps[a.ID]) != 1 {
			t.Errorf("action %d: %d follow-ups, want 1", a.ID, len(b.FollowUps[a.ID]))
		}
	}
	if b.CheckIns[b.Goals[0].ID][0].Note == "" {
		t.Error("check-ins lack their notes")
	}
}

// zhExportWords are Chinese words for the tables and a few headers and
// labels; the rest fall back to English.
func zhExportWords(s string) string {
	return map[string]string{"Goals": "目标", "Check-ins": "填报", "Goal": "目标", "Value": "数值",
		"Quarterly": "每季度", "Money": "金额", "In progress": "进行中"}[s]
}

func TestWriteDataXLSX(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		t.Run(lang, func(t *testing.T) {
			b := sampleBook(t, lang)
			var words Translator
			if lang == "zh" {
				words = zhExportWords
			}
			var buf bytes.Buffer
			if err := WriteDataXLSX(&buf, b, words); err != nil {
				t.Fatal(err)
			}
			f, err := excelize.OpenReader(&buf)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			want := map[ExportTable]int{TableGoals: 3, TablePlans: 12, TableCheckIns: 3, TableHistory: 36,
				TableReviews: 8, TableActions: 0, TableFollowUps: 3}
			sheets := f.GetSheetList()
			if len(sheets) != len(ExportTables) {
				t.Fatalf("sheets %q", sheets)
			}
			for i, tb := range ExportTables {
				rows, err := f.GetRows(sheets[i])
				if err != nil {
					t.Fatal(err)
				}
				if len(rows) == 0 || len(rows[0]) != len(ExportColumns(tb)) {
					t.Fatalf("sheet %q: header %q", sheets[i], rows)
				}
				if n := want[tb]; n > 0 && len(rows)-1 != n {
					t.Errorf("sheet %q has %d rows, want %d", sheets[i], len(rows)-1, n)
				}
				if panes, err := f.GetPanes(sheets[i]); err != nil || !panes.Freeze || panes.YSplit != 1 {
					t.Errorf("sheet %q panes %+v, %v", sheets[i], panes, err)
				}
				if style, _ := f.GetCellStyle(sheets[i], "A1"); style == 0 {
					t.Errorf("sheet %q header has no style", sheets[i])
				} else if s, _ := f.GetStyle(style); s == nil || s.Font == nil || !s.Font.Bold {
					t.Errorf("sheet %q header is not bold", sheets[i])
				}
			}
			if lang == "zh" {
				if sheets[0] != "目标" || sheets[2] != "填报" || sheets[1] != "Plans" {
					t.Errorf("sheets %q", sheets)
				}
				title, _ := f.GetCellValue(sheets[0], "B2")
				if title != b.Goals[0].Title || !strings.Contains(title, "北美") {
					t.Errorf("title %q, want %q", title, b.Goals[0].Title)
				}
			}
			// Check-ins: the value is a number with the goal's format.
			checkIns := sheets[2]
			typ, _ := f.GetCellType(checkIns, "D2")
			raw, _ := f.GetCellValue(checkIns, "D2", excelize.Options{RawCellValue: true})
			shown, _ := f.GetCellValue(checkIns, "D2")
			if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset || raw != "8000000" || shown != "¥8,000,000" {
				t.Errorf("sales check-in: type %v, raw %q, shown %q", typ, raw, shown)
			}
			if raw, _ := f.GetCellValue(checkIns, "D4", excelize.Options{RawCellValue: true}); raw != "0.08" {
				t.Errorf("market share check-in raw %q, want the fraction 0.08", raw)
			}
			if note, _ := f.GetCellValue(checkIns, "F2"); note != "=SUM(A1:A9)" {
				t.Errorf("note %q: a text cell keeps its text", note)
			}
			if formula, _ := f.GetCellFormula(checkIns, "F2"); formula != "" {
				t.Errorf("note became formula %q", formula)
			}
			// Dates are date cells.
			start, _ := f.GetCellValue(sheets[0], "M2", excelize.Options{RawCellValue: true})
			if n, err := strconv.ParseFloat(start, 64); err != nil || n != 44927 { // 2023-01-01
				t.Errorf("goal start raw %q, want serial 44927", start)
			}
			if shown, _ := f.GetCellValue(sheets[0], "M2"); shown != "2023-01-01" {
				t.Errorf("goal start shows %q", shown)
			}
			// One review row per measure: the sample's reviews have 3, 2 and 3.
			review, _ := f.GetRows(sheets[4])
			if len(review) != 9 || review[1][7] == "" {
				t.Errorf("review rows %q", review)
			}
		})
	}
}

func TestWriteDataCSV(t *testing.T) {
	b := sampleBook(t, "zh")
	files := map[string]*bytes.Buffer{}
	err := WriteDataCSV(func(name string) (io.WriteCloser, error) {
		buf := &bytes.Buffer{}
		files[name] = buf
		return nopCloser{buf}, nil
	}, b, zhExportWords)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(ExportTables) || files["目标.csv"] == nil || files["Action plans.csv"] == nil {
		t.Fatalf("files %v", keys(files))
	}
	for name, buf := range files {
		content := buf.String()
		if !strings.HasPrefix(content, utf8BOM) {
			t.Errorf("%s lacks the BOM", name)
		}
		r := csv.NewReader(strings.NewReader(strings.TrimPrefix(content, utf8BOM)))
		records, err := r.ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(records) < 2 {
			t.Errorf("%s has %d records", name, len(records))
		}
		if !strings.Contains(content, "\r\n") {
			t.Errorf("%s lacks CRLF line ends", name)
		}
	}
	records, _ := csv.NewReader(strings.NewReader(strings.TrimPrefix(files["填报.csv"].String(), utf8BOM))).ReadAll()
	if got := records[0][:4]; strings.Join(got, ",") != "Goal ID,目标,Period,数值" {
		t.Errorf("check-in headers %q", got)
	}
	first, share := records[1], records[3]
	if first[3] != "8000000" || share[3] != "8.0" || !strings.Contains(first[1], "北美") {
		t.Errorf("check-ins %q / %q", first, share)
	}
	if first[5] != "'=SUM(A1:A9)" {
		t.Errorf("formula-like note written %q, want it after an apostrophe", first[5])
	}
	goals, _ := csv.NewReader(strings.NewReader(strings.TrimPrefix(files["目标.csv"].String(), utf8BOM))).ReadAll()
	if goals[1][12] != "2023-01-01" || goals[1][6] != "金额" || goals[1][14] != "每季度" {
		t.Errorf("goal row %q", goals[1])
	}
}

func TestWriteDataCSVDir(t *testing.T) {
	dir := t.TempDir()
	paths, err := WriteDataCSVDir(dir, sampleBook(t, "en"), nil)
	if err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(paths) != len(ExportTables) || len(entries) != len(ExportTables) {
		t.Fatalf("paths %q, entries %v", paths, entries)
	}
	b, err := os.ReadFile(filepath.Join(dir, "Check-ins.csv"))
	if err != nil || !bytes.HasPrefix(b, []byte(utf8BOM+"Goal ID,Goal,Period,Value")) {
		t.Errorf("Check-ins.csv: %v %q", err, b[:min(len(b), 60)])
	}
}

func TestExportNames(t *testing.T) {
	words := Translator(func(s string) string {
		return map[string]string{"Goals": "A/B:C", "Plans": "a/b:c", "Check-ins": strings.Repeat("长", 40)}[s]
	})
	var buf bytes.Buffer
	if err := WriteDataXLSX(&buf, ExportBook{}, words); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	sheets := f.GetSheetList()
	if sheets[0] != "ABC" || sheets[1] != "abc (2)" || len([]rune(sheets[2])) != 31 {
		t.Errorf("sheets %q", sheets)
	}
	var names []string
	err = WriteDataCSV(func(name string) (io.WriteCloser, error) {
		names = append(names, name)
		return nopCloser{io.Discard}, nil
	}, ExportBook{}, words)
	if err != nil || names[0] != "A-B-C.csv" || names[1] != "a-b-c (2).csv" {
		t.Errorf("names %q, %v", names, err)
	}
}

type nopCloser struct{ io.Writer }

func (nopCloser) Close() error { return nil }

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

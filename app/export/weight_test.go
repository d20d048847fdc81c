package export

import (
	"bytes"
	"encoding/csv"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// weightBook is the sample plan's export with its second and third goals
// under the first, weighing 25 % and 12.34 % in it, as the goal's screen
// takes them ("Weight in the parent (%)").
func weightBook(t *testing.T) ExportBook {
	t.Helper()
	b := sampleBook(t, "en")
	parent := b.Goals[0].ID
	b.Goals[1].ParentID, b.Goals[1].Weight = &parent, 0.25
	b.Goals[2].ParentID, b.Goals[2].Weight = &parent, 0.1234
	return b
}

// TestDataExportWritesWeightsInPerCent checks a goal's weight in its
// parent as the goal's screen takes it: in the workbook a percent cell
// holding the share (0.25, 0.1234), in the CSV the per cent (25, 12.34)
// as it writes a percent goal's values. Before, both wrote the bare
// share, 0.25 in a General cell, a figure the app shows nowhere.
func TestDataExportWritesWeightsInPerCent(t *testing.T) {
	b := weightBook(t)
	var buf bytes.Buffer
	if err := WriteDataXLSX(&buf, b, nil); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	raw, err := f.GetRows("Goals", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(raw[0], "Weight")
	if col < 0 {
		t.Fatalf("no weight column in %q", raw[0])
	}
	for i, want := range map[int]string{2: "0.25", 3: "0.1234"} {
		ref, _ := excelize.CoordinatesToCellName(col+1, i+1)
		id, err := f.GetCellStyle("Goals", ref)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if raw[i][col] != want || st.CustomNumFmt == nil || !strings.HasSuffix(*st.CustomNumFmt, "%") {
			t.Errorf("%s holds %q in format %v, want %s in a percent format", ref, raw[i][col], st.CustomNumFmt, want)
		}
	}

	files := map[string]*bytes.Buffer{}
	if err := WriteDataCSV(func(name string) (io.WriteCloser, error) {
		files[name] = &bytes.Buffer{}
		return nopCloser{files[name]}, nil
	}, b, nil); err != nil {
		t.Fatal(err)
	}
	records, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(files["Goals.csv"].String(), utf8BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if records[0][col] != "Weight" {
		t.Fatalf("CSV column %d is %q", col, records[0][col])
	}
	if got := []string{records[1][col], records[2][col], records[3][col]}; strings.Join(got, "|") != "|25|12.34" {
		t.Errorf("CSV weights %q, want none, 25 and 12.34", got)
	}
}

// TestDataWorkbookShowsWeightsInLibreOffice opens the data export's
// workbook in LibreOffice Calc: a weight of 25 % shows as 25.0%, one of
// 12.34 % whole, not rounded to a tenth.
func TestDataWorkbookShowsWeightsInLibreOffice(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteDataXLSX(&buf, weightBook(t), nil); err != nil {
		t.Fatal(err)
	}
	shown := libreOfficeShows(t, buf.Bytes(), 1)
	col := slices.Index(shown[0], "Weight")
	if col < 0 || len(shown) < 4 {
		t.Fatalf("LibreOffice shows %q", shown)
	}
	if got := []string{shown[1][col], shown[2][col], shown[3][col]}; strings.Join(got, "|") != "|25.0%|12.34%" {
		t.Errorf("LibreOffice shows the weights %q, want none, 25.0%% and 12.34%%", got)
	}
}

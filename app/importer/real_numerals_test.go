package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"pacer/app"
)

// TestImportRealChineseNumerals reads testdata/real/libreoffice_zh_numerals.csv,
// which LibreOffice 7.4.7.2 saved as shown from a workbook of
// make_numerals_zh.py: days and months shown by the Chinese [DBNum1]
// formats (二〇二三年一月五日, 二〇二三年十二月三十一日, 二〇二三年五月)
// and date-times shown with 上午 and 下午 (2023/1/5 上午 10:30:00). Only
// months 一 to 四 were read; every other row was refused as no date.
func TestImportRealChineseNumerals(t *testing.T) {
	const file = "libreoffice_zh_numerals.csv"
	tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
	if err != nil {
		t.Fatal(err)
	}
	if col := GuessDateColumn(tab); col != 0 {
		t.Errorf("date column %d, want 0", col)
	}
	m := Mapping{DateColumn: 0, GoalColumn: 1, ValueColumn: 2, SkipHeader: true, GoalByName: map[string]int64{"Sales": 1}}
	p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, importGoals(), app.Snapshot{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"1 2023-01 = 1244.75 (2) partial", "1 2023-05 = 2000 (1)", "1 2023-10 = 20 (1) partial",
		"1 2023-11 = 3000 (1)", "1 2023-12 = 99.99 (1) partial"}
	if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
		t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
	}
}

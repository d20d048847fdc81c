package importer

import (
	"bytes"
	"context"
	"slices"
	"testing"
	"time"

	"pacer/app"
)

// TestImportRealBankBalance reads testdata/real/libreoffice_bank_zh.*, a
// bank statement newest first whose rows carry their times, with 账户余额
// as a level goal: January's balance is the one after its last row, at
// 17:40 on the 31st (10,000). Read by their days alone, the last of that
// day's rows in the file won: the 08:30 balance, 13,000.
func TestImportRealBankBalance(t *testing.T) {
	goal := app.Goal{ID: 1, Title: "账户余额", Aggregation: app.AggLevel, Decimals: 2, Cadence: app.CadenceMonth,
		PlanBy: app.CadenceMonth, Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	for _, file := range []string{"libreoffice_bank_zh.xlsx", "libreoffice_bank_zh.csv"} {
		t.Run(file, func(t *testing.T) {
			tab, err := ReadTable(bytes.NewReader(readReal(t, file)), file)
			if err != nil {
				t.Fatal(err)
			}
			m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumns: map[int]int64{4: 1}, SkipHeader: true}
			p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, []app.Goal{goal}, app.Snapshot{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			want := []string{"1 2023-01 = 10000 (4) partial", "1 2023-02 = 13000 (1) partial"}
			if got := importPeriodsOf(p); !slices.Equal(got, want) || len(p.Rejected) > 0 {
				t.Errorf("periods %q, rejected %q; want %q", got, importRejections(p), want)
			}
		})
	}
}

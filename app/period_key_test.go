package app

import (
	"fmt"
	"testing"
)

// TestPeriodKeyAsFormatted checks the hand-written Period.Key against the
// formats it replaces, for every valid period of every cadence from year
// 1 to 9999, and that each key parses back to its period.
func TestPeriodKeyAsFormatted(t *testing.T) {
	formats := map[Cadence]string{CadenceWeek: "%04d-W%02d", CadenceMonth: "%04d-%02d",
		CadenceQuarter: "%04d-Q%d", CadenceHalf: "%04d-H%d"}
	for _, c := range periodCadences {
		for year := 1; year <= 9999; year++ {
			for i := 1; i <= periodsPerYear(c, year); i++ {
				p := Period{Cadence: c, Year: year, Index: i}
				want := fmt.Sprintf("%04d", year)
				if f, ok := formats[c]; ok {
					want = fmt.Sprintf(f, year, i)
				}
				if got := p.Key(); got != want {
					t.Fatalf("%+v: key %q, want %q", p, got, want)
				}
				if q, err := ParsePeriodKey(want); err != nil || q != p {
					t.Fatalf("%q parses to %+v, %v", want, q, err)
				}
			}
		}
	}
	if k := (Period{Cadence: CadenceWeek, Year: 10000, Index: 1}).Key(); k != "" {
		t.Errorf("a year past 9999 has key %q", k)
	}
}

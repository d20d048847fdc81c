package notation_test

import (
	"testing"

	"pacer/app/notation"
)

// TestParseDateAccountingPeriod reads the accounting periods of Kingdee and
// Yonyou ledgers, 会计期间 N of year Y, as month N of that year: they were
// refused as no date.
func TestParseDateAccountingPeriod(t *testing.T) {
	for in, want := range map[string]string{
		"2023年第1期":   "2023-01-31",
		"2023年 第12期": "2023-12-31",
		"2023.1期":    "2023-01-31",
		"2023-第3期":   "2023-03-31",
		"2023年2期":    "2023-02-28",
		"2023年第十一期":  "2023-11-30",
	} {
		d, p, err := notation.ParseDate(in, notation.DayFirst)
		if err != nil || d.String() != want || p != notation.PrecisionMonth {
			t.Errorf("ParseDate(%q) = %v, %v, %v; want %s, a month", in, d, p, err, want)
		}
	}
}

// TestAccountingPeriodBeyondMonths: periods 0 (the opening balances) and
// 13 to 16 (adjustments after the year's close) are no month: ReadDate
// refuses them, and AccountingPeriod says which period of which year
// they are, for the refusal to name.
func TestAccountingPeriodBeyondMonths(t *testing.T) {
	for in, want := range map[string]int{"2023年第13期": 13, "2023年 第16期": 16, "2023.0期": 0, "2023-第14期": 14} {
		if d, _, ok := notation.ReadDate(in, notation.DayFirst); ok {
			t.Errorf("ReadDate(%q) = %v, want refused", in, d)
		}
		if y, p, ok := notation.AccountingPeriod(in); !ok || y != 2023 || p != want {
			t.Errorf("AccountingPeriod(%q) = %d, %d, %v; want 2023, %d", in, y, p, ok, want)
		}
	}
	for _, in := range []string{"2023年第1季度", "2023-01", "日期", "第3期", "2023年第1期间"} {
		if _, _, ok := notation.AccountingPeriod(in); ok {
			t.Errorf("AccountingPeriod(%q) is a period", in)
		}
	}
}

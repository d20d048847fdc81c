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

// TestParseDateHalves reads half-years as other programs and people write
// them, after or before their year and in Chinese (上半年, the first half),
// as the calendar half of that year, which PlanImport reads as the fiscal
// half of the same key: they were refused as no date.
func TestParseDateHalves(t *testing.T) {
	for in, want := range map[string]string{
		"H1 2023": "2023-06-30", "2023 H1": "2023-06-30", "2023-H1": "2023-06-30", "1H 2023": "2023-06-30",
		"H2-2023": "2023-12-31", "2023h2": "2023-12-31", "2H2023": "2023-12-31", "2023年上半年": "2023-06-30",
		"上半年 2023": "2023-06-30", "2023年下半年": "2023-12-31", "2023下半年": "2023-12-31", "2023年H2": "2023-12-31",
		"2023年度上半年": "2023-06-30",
	} {
		d, p, err := notation.ParseDate(in, notation.DayFirst)
		if err != nil || d.String() != want || p != notation.PrecisionHalf {
			t.Errorf("ParseDate(%q) = %v, %v, %v; want %s, a half", in, d, p, err, want)
		}
	}
	for _, in := range []string{"H3 2023", "H0 2023", "2023 H", "H1", "1H 23", "2h30", "1H", "2023年中半年", "10h30", "2023-01-05 10h30", "1Hx 2023"} {
		if d, p, ok := notation.ReadDate(in, notation.DayFirst); ok {
			t.Errorf("ReadDate(%q) = %v, %v; want refused", in, d, p)
		}
	}
}

// TestParseDateFiscalYearLabels reads a quarter or half labelled with its
// fiscal year (FY2023 Q4, Q4 FY23, 2023财年第4季度) as that quarter or half
// of the year, and a fiscal year alone as Pacer names years (FY2023,
// 2023财年): PlanImport places them in the fiscal year that starts in
// 2023, as Pacer names it. A day or month of a fiscal year, a label that
// marks no year, and two labels are refused: they were all refused.
func TestParseDateFiscalYearLabels(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		prec     notation.DatePrecision
	}{
		{"FY2023 Q4", "2023-12-31", notation.PrecisionQuarter},
		{"FY23 Q4", "2023-12-31", notation.PrecisionQuarter},
		{"Q4 FY2023", "2023-12-31", notation.PrecisionQuarter},
		{"fy2023q1", "2023-03-31", notation.PrecisionQuarter},
		{"FY 2023-Q2", "2023-06-30", notation.PrecisionQuarter},
		{"Q3 FY23", "2023-09-30", notation.PrecisionQuarter},
		{"2023财年第4季度", "2023-12-31", notation.PrecisionQuarter},
		{"FY2023 H1", "2023-06-30", notation.PrecisionHalf},
		{"H2 FY23", "2023-12-31", notation.PrecisionHalf},
		{"2023财年下半年", "2023-12-31", notation.PrecisionHalf},
		{"FY2023", "2023-12-31", notation.PrecisionYear},
		{"FY24", "2024-12-31", notation.PrecisionYear},
		{"2023财年", "2023-12-31", notation.PrecisionYear},
	} {
		d, p, err := notation.ParseDate(tc.in, notation.DayFirst)
		if err != nil || d.String() != tc.want || p != tc.prec {
			t.Errorf("ParseDate(%q) = %v, %v, %v; want %s, precision %d", tc.in, d, p, err, tc.want, tc.prec)
		}
		if !notation.FiscalLabel(tc.in) {
			t.Errorf("FiscalLabel(%q) = false", tc.in)
		}
	}
	for _, in := range []string{"FY2023-01-31", "FY2023 Jan", "2023财年1月", "FY2023年第1期", "FY", "FYQ4", "Q4 2023 FY", "FY2023 FY2024 Q1",
		"FY123 Q1", "财年2023", "2023", "2023年", "FY2023 Q5"} {
		if d, p, ok := notation.ReadDate(in, notation.DayFirst); ok {
			t.Errorf("ReadDate(%q) = %v, %v; want refused", in, d, p)
		}
	}
	for _, in := range []string{"Q4 2023", "2023-H1", "2023年第4季度", "Fy", "Friday"} {
		if notation.FiscalLabel(in) {
			t.Errorf("FiscalLabel(%q) = true", in)
		}
	}
}

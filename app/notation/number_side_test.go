package notation

import "testing"

func TestReadSideMarked(t *testing.T) {
	for _, c := range []struct {
		in     string
		dc     bool
		amount float64
		side   Side
		ok     bool
	}{
		{"1,234.50 CR", false, 1234.5, SideCredit, true},
		{"1,234.50CR", false, 1234.5, SideCredit, true},
		{"1,234.50 Dr", false, 1234.5, SideDebit, true},
		{"CR 1,234.50", false, 1234.5, SideCredit, true},
		{"dr 80", false, 80, SideDebit, true},
		{"1.234,50 CR", true, 1234.5, SideCredit, true},
		{"¥1,200 DR", false, 1200, SideDebit, true},
		{"$ 1,200.00 Cr", false, 1200, SideCredit, true},
		{"贷 500", false, 500, SideCredit, true},
		{"500 借", false, 500, SideDebit, true},
		{"５００ 贷", false, 500, SideCredit, true},
		{"0.00 CR", false, 0, SideCredit, true},
		{"-5 CR", false, 0, SideNone, false},  // a sign and a side
		{"(5) DR", false, 0, SideNone, false}, // parentheses and a side
		{"5 CRC", false, 0, SideNone, false},  // Costa Rica's colón, not CR
		{"DRAFT 5", false, 0, SideNone, false},
		{"CR", false, 0, SideNone, false},
		{"1,234.50", false, 0, SideNone, false}, // no side: ParseNumber's
		{"abc CR", false, 0, SideNone, false},
		{"5 CR DR", false, 0, SideNone, false},
	} {
		amount, side, ok := ReadSideMarked(c.in, NumberFormat{DecimalComma: c.dc})
		if amount != c.amount || side != c.side || ok != c.ok {
			t.Errorf("ReadSideMarked(%q) = %v, %v, %v; want %v, %v, %v", c.in, amount, side, ok, c.amount, c.side, c.ok)
		}
	}
}

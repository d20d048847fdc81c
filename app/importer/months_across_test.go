package importer

import (
	"slices"
	"testing"
)

// TestMonthsAcross checks that a table whose months run across its
// columns is told apart, by the header cells that name months in any
// spelling, from one with a month column and from one whose columns are
// named otherwise.
func TestMonthsAcross(t *testing.T) {
	for _, tc := range []struct {
		csv  string
		want []string
	}{
		{"门店,1月,2月,3月,合计\n北京店,100,200,300,600\n", []string{"1月", "2月", "3月"}},
		{"门店,一月份,二月份,三月份,十二月份\n北京店,1,2,3,4\n", []string{"一月份", "二月份", "三月份", "十二月份"}},
		{"Store,Jan,Feb,Mar\nNorth,1,2,3\n", []string{"Jan", "Feb", "Mar"}},
		{"2026 plan\n,2026年1月,2026年2月,2026年3月\nSales,1,2,3\n", []string{"2026年1月", "2026年2月", "2026年3月"}},
		{"月份,销售额,目标\n2026年1月,100,200\n2026年2月,100,200\n2026年3月,100,200\n", nil},
		{"门店,1号店,2号店,3号店\n2026-01-05,1,2,3\n", nil},
	} {
		if got := MonthsAcross(readCSV(t, tc.csv)); !slices.Equal(got, tc.want) {
			t.Errorf("MonthsAcross(%q) = %q, want %q", tc.csv, got, tc.want)
		}
	}
}

// TestMonthBlocks names the blocks over months that run across the
// columns, whether a label stands over blank cells (CSV) or not, and
// none for months under a title or a single group.
func TestMonthBlocks(t *testing.T) {
	for _, tc := range []struct {
		csv  string
		want []string
	}{
		{"门店,实际,,,预算,,\n,1月,2月,3月,1月,2月,3月\n北京店,1,2,3,4,5,6\n", []string{"实际", "预算"}},
		{"Store,AC,,,PY,,,BU,,\n,Jan,Feb,Mar,Jan,Feb,Mar,Jan,Feb,Mar\nNorth,1,2,3,4,5,6,7,8,9\n", []string{"AC", "PY", "BU"}},
		{"门店,1月,2月,3月\n北京店,1,2,3\n", nil},
		{"2026 plan\n,2026年1月,2026年2月,2026年3月\nSales,1,2,3\n", nil},
	} {
		if got := MonthBlocks(readCSV(t, tc.csv)); !slices.Equal(got, tc.want) {
			t.Errorf("MonthBlocks(%q) = %q, want %q", tc.csv, got, tc.want)
		}
	}
}

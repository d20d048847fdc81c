package importer

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"pacer/app"
)

// breakdownOf writes a plan's breakdown compactly: "10 2023-01 产品=A 1000.5 (1)".
func breakdownOf(p ImportPlan) []string {
	var out []string
	for _, d := range p.Breakdown {
		out = append(out, fmt.Sprintf("%d %s %s=%s %v (%d)", d.GoalID, d.PeriodKey, d.Dimension, d.Value, d.Amount, d.Rows))
	}
	return out
}

func TestPlanImportBreakdown(t *testing.T) {
	tests := []struct {
		name string
		csv  string
		dims []int
		want []string
	}{
		{name: "by product and region, North America only", csv: salesCSV, dims: []int{colProduct, colRegion},
			want: []string{"10 2023-01 产品=A 1000.5 (1)", "10 2023-01 产品=B 200 (1)", "10 2023-01 地区=北美 1200.5 (2)",
				// New customers read row 8, whose date cannot be read: none of its periods is written.
				"10 2023-02 产品=C 50.25 (1)", "10 2023-02 地区=北美 50.25 (1)"}},
		{name: "a left-out period has no breakdown",
			csv:  "日期,门店,产品,地区,销售额(元),新增客户\n2023-01-05,a,A,北美,1,1\n2023-02-05,a,A,北美,坏,1\n2023-02-06,a,B,北美,2,1\n",
			dims: []int{colProduct}, want: []string{"10 2023-01 产品=A 1 (1)", "12 2023-01 产品=A 1 (1)", "12 2023-02 产品=A 1 (1)", "12 2023-02 产品=B 1 (1)"}},
		{name: "no dimensions", csv: salesCSV},
		// A column chosen twice is one dimension, its rows counted once.
		{name: "a column chosen twice", csv: salesCSV, dims: []int{colRegion, colProduct, colRegion},
			want: []string{"10 2023-01 产品=A 1000.5 (1)", "10 2023-01 产品=B 200 (1)", "10 2023-01 地区=北美 1200.5 (2)",
				"10 2023-02 产品=C 50.25 (1)", "10 2023-02 地区=北美 50.25 (1)"}},
		// The header below a title names the dimensions, not the title.
		{name: "header below a title", csv: "2023年销售报表\n\n" + strings.Join(strings.Split(salesCSV, "\n")[:3], "\n") + "\n",
			dims: []int{colRegion}, want: []string{"10 2023-01 地区=北美 1200.5 (2)", "12 2023-01 地区=北美 4 (2)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := ReadTable(strings.NewReader(tc.csv), "sales.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := Mapping{DateColumn: 0, GoalColumn: -1, HeaderRow: tab.HeaderRow, SkipHeader: true, Dimensions: tc.dims, Sources: []Source{
				{GoalID: 10, ValueColumn: colSales, Filter: region(OpIs, "北美")}, {GoalID: 12, ValueColumn: colCustomers}}}
			p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, salesGoals(), app.Snapshot{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := breakdownOf(p)
			if !slices.Equal(got, tc.want) {
				t.Errorf("breakdown\n%q\nwant\n%q", got, tc.want)
			}
			checkBreakdownAddsUp(t, p)
		})
	}
}

// checkBreakdownAddsUp checks that each dimension's values add up to the
// period value of every period written.
func checkBreakdownAddsUp(t *testing.T, p ImportPlan) {
	t.Helper()
	type key struct {
		goal      int64
		period, d string
	}
	sums := map[key]float64{}
	for _, d := range p.Breakdown {
		sums[key{d.GoalID, d.PeriodKey, d.Dimension}] += d.Amount
	}
	for k, sum := range sums {
		i := slices.IndexFunc(p.Periods, func(ip ImportPeriod) bool { return ip.GoalID == k.goal && ip.PeriodKey == k.period })
		if r, err := app.RoundTo(sum, 2); i < 0 || err != nil || r != p.Periods[i].Value {
			t.Errorf("%+v: the breakdown adds up to %v, the period holds %+v", k, sum, p.Periods)
		}
	}
}

func TestGuessDimensionColumns(t *testing.T) {
	var invoices strings.Builder
	invoices.WriteString("日期,发票号,产品,销售额(元),备注\n")
	for i := range 300 {
		fmt.Fprintf(&invoices, "2023-01-%02d,INV-%05d,产品%c,%d,\n", i%28+1, i, 'A'+rune(i%3), i)
	}
	// 50 stores a day, a row each, with a note that rarely repeats.
	var stores strings.Builder
	stores.WriteString("日期,门店,销售额(元),备注\n")
	for i := range 400 {
		fmt.Fprintf(&stores, "2023-01-%02d,门店%02d,%d,note %d\n", i/50+1, i%50, i, i*7%150)
	}
	// Two stores, and remarks: on a few rows, or the same word on each.
	sparse := "日期,门店,销售额,备注\n2023-01-05,东店,300,首单\n2023-01-06,西店,200,\n2023-01-07,东店,500,\n" +
		"\n2023-01-08,西店,410,补货\n2023-01-09,东店,120,\n"
	named := "Date,Store,Sales,Remarks\n2023-01-05,East,300,ok\n2023-01-06,West,200,ok\n2023-01-07,East,500,ok\n"
	for _, tc := range []struct {
		name, csv string
		skip      []int
		want      []int
	}{
		{"remarks on a few rows are no dimension", sparse, []int{0, 2}, []int{1}},
		{"a column named as remarks is no dimension", named, []int{0, 2}, []int{1}},
		{"50 stores a day are a dimension, notes that rarely repeat are not", stores.String(), []int{0, 2}, []int{1}},
		{"the sales file", salesCSV, []int{0, colSales}, []int{colStore, colProduct, colRegion}},
		{"numbers and dates are no dimension", salesCSV, nil, []int{colStore, colProduct, colRegion}},
		{"invoice numbers and an empty column are no dimension", invoices.String(), []int{0, 3}, []int{2}},
	} {
		tab, err := ReadTable(strings.NewReader(tc.csv), "x.csv")
		if err != nil {
			t.Fatal(err)
		}
		if got := GuessDimensionColumns(tab, tc.skip...); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

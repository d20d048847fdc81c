package importer

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/notation"
)

// salesCSV is an owner's daily sales file: store, product, region, amount
// and new customers per row, several regions in one file.
const salesCSV = "日期,门店,产品,地区,销售额(元),新增客户\n" +
	"2023-01-05,上海店,A,北美,\"1,000.50\",3\n" +
	"2023-01-20,线上,B, 北美 ,200,1\n" +
	"2023-02-03,上海店,C,北美,50.25,0\n" +
	"2023-01-06,柏林店,A,欧洲,300,2\n" +
	"2023-02-07,线上,B,欧洲,400,4\n" +
	"2023-01-09,东京店,A,亚洲,999,9\n" +
	"2023-13-45,东京店,B,亚洲,坏,x\n" // unreadable, but for no chosen region

// salesGoals are North-America sales, Europe sales and all new customers.
func salesGoals() []app.Goal {
	g := func(id int64, title string, dec int) app.Goal {
		return app.Goal{ID: id, Title: title, Aggregation: app.AggFlow, Decimals: dec, Cadence: app.CadenceMonth,
			PlanBy: app.CadenceMonth, Start: app.NewDate(2023, time.January, 1), End: app.NewDate(2023, time.December, 31)}
	}
	return []app.Goal{g(10, "北美销售", 2), g(11, "欧洲销售", 2), g(12, "新增客户", 0)}
}

// The columns of salesCSV.
const (
	colStore, colProduct, colRegion, colSales, colCustomers = 1, 2, 3, 4, 5
)

func region(op FilterOp, values ...string) []Condition {
	return []Condition{{Column: colRegion, Op: op, Values: values}}
}

func TestPlanImportFilters(t *testing.T) {
	tests := []struct {
		name     string
		csv      string
		sources  []Source
		periods  []string
		rejected []string
		filtered int
		leftOut  []string
		values   []string // FilteredValues
		column   int      // FilteredColumn
	}{
		{name: "one region", csv: salesCSV,
			sources: []Source{{GoalID: 10, ValueColumn: colSales, Filter: region(OpIs, "北美")}},
			periods: []string{"10 2023-01 = 1200.5 (2) partial", "10 2023-02 = 50.25 (1) partial"}, filtered: 4,
			values: []string{"欧洲", "亚洲"}, column: colRegion},
		{name: "several goals from one file", csv: salesCSV,
			sources: []Source{{GoalID: 10, ValueColumn: colSales, Filter: region(OpIs, "北美")},
				{GoalID: 11, ValueColumn: colSales, Filter: region(OpIn, "欧洲")},
				{GoalID: 12, ValueColumn: colCustomers}},
			periods: []string{"10 2023-01 = 1200.5 (2) partial", "10 2023-02 = 50.25 (1) partial",
				"11 2023-01 = 300 (1) partial", "11 2023-02 = 400 (1) partial"},
			// Row 8 is for Asia, but all new customers read it: it cannot be read.
			rejected: rowMessages(8, notation.MsgImportBadDate), leftOut: []string{"12 all rows [8], 6 values"}, column: -1},
		{name: "in and not, AND-ed", csv: salesCSV,
			sources: []Source{{GoalID: 10, ValueColumn: colSales, Filter: []Condition{
				{Column: colProduct, Op: OpIn, Values: []string{"a", "B"}},
				{Column: colStore, Op: OpIsNot, Values: []string{"线上"}},
				{Column: colRegion, Op: OpIsNot, Values: []string{"亚洲"}}}}},
			periods: []string{"10 2023-01 = 1300.5 (2) partial"}, filtered: 5, column: -1},
		{name: "a bad row in a chosen region is still rejected",
			csv:      "日期,门店,产品,地区,销售额(元),新增客户\n2023-01-05,a,A,北美,坏,1\n2023-01-06,a,A,欧洲,坏,1\n",
			sources:  []Source{{GoalID: 10, ValueColumn: colSales, Filter: region(OpIs, "北美")}},
			rejected: rowMessages(2, msgImportBadNumber), leftOut: []string{"10 2023-01 rows [2], 0 values"}, filtered: 1, values: []string{"欧洲"}, column: colRegion},
		{name: "an empty cell is no region",
			csv: "日期,门店,产品,地区,销售额(元),新增客户\n2023-01-05,a,A,,7,1\n2023-01-06,a,A,北美,8,1\n",
			sources: []Source{{GoalID: 10, ValueColumn: colSales, Filter: region(OpIs, "北美")},
				{GoalID: 11, ValueColumn: colSales, Filter: region(OpIsNot, "北美")}},
			periods: []string{"10 2023-01 = 8 (1) partial", "11 2023-01 = 7 (1) partial"}, column: colRegion},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := ReadTable(strings.NewReader(tc.csv), "sales.csv")
			if err != nil {
				t.Fatal(err)
			}
			m := Mapping{DateColumn: 0, GoalColumn: -1, ValueColumn: -1, SkipHeader: true, Sources: tc.sources}
			p, err := PlanImport(context.Background(), app.Calendar{}, tab, m, salesGoals(), app.Snapshot{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkImportRejected(t, p)
			if got := importPeriodsOf(p); !slices.Equal(got, tc.periods) {
				t.Errorf("periods = %q, want %q", got, tc.periods)
			}
			if got := importRejections(p); !slices.Equal(got, tc.rejected) {
				t.Errorf("rejected = %q, want %q", got, tc.rejected)
			}
			if got := importLeftOutOf(p); !slices.Equal(got, tc.leftOut) {
				t.Errorf("left out = %q, want %q", got, tc.leftOut)
			}
			if p.Filtered != tc.filtered || !slices.Equal(p.FilteredValues, tc.values) || p.FilteredColumn != tc.column {
				t.Errorf("filtered %d %q in column %d, want %d %q in %d", p.Filtered, p.FilteredValues, p.FilteredColumn,
					tc.filtered, tc.values, tc.column)
			}
		})
	}
}

func TestPlanImportFilterMappingErrors(t *testing.T) {
	tab, err := ReadTable(strings.NewReader(salesCSV), "sales.csv")
	if err != nil {
		t.Fatal(err)
	}
	tests := map[string]struct {
		sources []Source
		want    string
	}{
		"filter column outside": {[]Source{{GoalID: 10, ValueColumn: colSales, Filter: []Condition{{Column: 9, Op: OpIs, Values: []string{"x"}}}}}, msgImportBadColumns},
		"no values":             {[]Source{{GoalID: 10, ValueColumn: colSales, Filter: region(OpIn)}}, msgImportBadFilter},
		"two values for =":      {[]Source{{GoalID: 10, ValueColumn: colSales, Filter: region(OpIs, "北美", "欧洲")}}, msgImportBadFilter},
		"unknown operator":      {[]Source{{GoalID: 10, ValueColumn: colSales, Filter: region("like", "北")}}, msgImportBadFilter},
		"value column outside":  {[]Source{{GoalID: 10, ValueColumn: 6}}, msgImportBadColumns},
		"fed twice": {[]Source{{GoalID: 10, ValueColumn: colSales, Filter: region(OpIs, "北美")},
			{GoalID: 10, ValueColumn: colSales, Filter: region(OpIs, "欧洲")}}, msgImportFedTwice},
	}
	for name, tc := range tests {
		t.Run(name, func(t *testing.T) {
			m := Mapping{DateColumn: 0, GoalColumn: -1, SkipHeader: true, Sources: tc.sources}
			_, err := PlanImport(context.Background(), app.Calendar{}, tab, m, salesGoals(), app.Snapshot{}, nil)
			if app.ErrorMessage(err) != tc.want {
				t.Errorf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

package views

import (
	"strings"
	"testing"

	"pacer/app"
	"pacer/app/importer"
)

// TestGapSharesOfOneSide breaks a shortfall of CN¥ 1,000 down where 产品 B
// missed CN¥ 2,100 and 产品 A beat its part by CN¥ 1,100: B makes 100 % of
// the shortfall (not 210 %), A has no share and the cause says it was over
// plan, and a note under the table says what each side made together.
func TestGapSharesOfOneSide(t *testing.T) {
	g := app.Goal{Title: "Sales", Unit: app.UnitCurrency, UnitLabel: "CN¥", Aggregation: app.AggFlow}
	current := []app.DimensionValue{{Value: "A", Amount: 6100}, {Value: "B", Amount: 2900}}
	reference := []app.DimensionValue{{Value: "A", Amount: 1}, {Value: "B", Amount: 1}}
	gc := app.GapContributors{Dimension: "产品", LastYear: true, Values: app.Contributors(current, reference, 10_000, 0)}
	var shares []string
	for _, c := range gc.Values {
		shares = append(shares, c.Value+" "+shareText(c.Share))
	}
	if got, want := shares, []string{"B 100%", "A "}; got[0] != want[0] || got[1] != want[1] {
		t.Errorf("shares %q, want %q", got, want)
	}
	want := "产品 B short by CN¥ 2,100 (100% of the shortfall); 产品 A over plan by CN¥ 1,100"
	if got := contributorsCause(g, gc, -1000); got != want {
		t.Errorf("cause %q\nwant  %q", got, want)
	}
	note := "The values short of what they were expected to bring missed CN¥ 2,100 together, those over it brought CN¥ 1,100 more: the shares are of the CN¥ 2,100."
	if got := sidesNote(g, gc.Values, -1000); got != note {
		t.Errorf("note %q\nwant %q", got, note)
	}
	if got := sidesNote(g, gc.Values[:1], -2100); got != "" {
		t.Errorf("one side only: note %q", got)
	}
}

// TestBlankDimensionValueIsNamed names the rows whose 产品 cell was left
// empty "(blank)" in the breakdown, the gap table, the chart and the
// cause, rather than an empty name or a bare "产品".
func TestBlankDimensionValueIsNamed(t *testing.T) {
	c := app.Contribution{Value: " ", Gap: -5, Share: 1}
	if got := dimensionValueName("", false); got != "(blank)" {
		t.Errorf("breakdown names it %q", got)
	}
	if got := contributorValue(c); got != "(blank)" {
		t.Errorf("table and chart name it %q", got)
	}
	if got := contributorName("产品", c); got != "(blank)" {
		t.Errorf("cause names it %q", got)
	}
}

// TestNegativeExpectedTrueMinus writes the unsplit part's negative
// expected amount (plans by value over the period's plan) with a true
// minus, as every other amount of the table.
func TestNegativeExpectedTrueMinus(t *testing.T) {
	g := app.Goal{Unit: app.UnitCount, Aggregation: app.AggFlow}
	if got := contributorAmount(g, -200_000, false); got != "−200,000" {
		t.Errorf("expected amount %q", got)
	}
}

// TestBreakdownCellsTrueMinus writes the goal detail's negative expected
// amount with a true minus too.
func TestBreakdownCellsTrueMinus(t *testing.T) {
	g := app.Goal{Unit: app.UnitCount, Aggregation: app.AggFlow}
	p, _ := app.ParsePeriodKey("2023-Q1")
	rows := []app.BreakdownRow{{Period: p, HasPlan: true, Contribution: app.Contribution{Value: app.UnsplitLabel, Unsplit: true, Expected: -200, Gap: 200}}}
	if got := breakdownCells(g, rows)[0]; got[4] != "−200" || got[5] != "+200" {
		t.Errorf("expected %q, gap %q", got[4], got[5])
	}
}

// TestBreakdownLongValueKeepsFiguresInView gives a value a long Chinese
// name: the goal detail's value column stops at maxValueColumn, so the
// figures stay in a 1024 px window rather than past its edge.
func TestBreakdownLongValueKeepsFiguresInView(t *testing.T) {
	long := strings.Repeat("上海市浦东新区世纪大道旗舰店", 8)
	cells := [][breakdownColumns]string{{"2023-Q1", long, "CN¥1.00", "—", "CN¥2.00", "−CN¥1.00", "100%"}}
	w := breakdownWidths([breakdownColumns]string{"Period", "门店", "Actual", "Last year", "Expected", "Gap", "Share of the gap"}, cells)
	if w[1] > maxValueColumn {
		t.Errorf("value column %.0f px", w[1])
	}
	var total float32
	for _, x := range w {
		total += x
	}
	if total > 1024-160 {
		t.Errorf("the columns take %.0f px", total)
	}
}

// TestFiftyStoresFolded breaks a gap down by 50 stores: the review's table
// lists nine and one line of the 41 others, whose gaps still add up to the
// variance and whose shares to 100 %, until "Show all" lists every one.
func TestFiftyStoresFolded(t *testing.T) {
	g := app.Goal{Unit: app.UnitCount, Decimals: 2, Aggregation: app.AggFlow}
	var cur, ref []app.DimensionValue
	var actual float64
	for i := range 50 {
		a := float64(1000+i*37) + 0.01*float64(i%7)
		cur = append(cur, app.DimensionValue{Value: "门店" + string(rune('A'+i%26)) + string(rune('a'+i/26)), Amount: a})
		ref = append(ref, app.DimensionValue{Value: cur[i].Value, Amount: float64(900 + i)})
		actual += a
	}
	values := app.Contributors(cur, ref, 100_000, 2)
	folded := foldedValues(g, values, false)
	if len(folded) != maxTableValues || folded[len(folded)-1].Value != "41 others" {
		t.Fatalf("%d lines, the last %q", len(folded), folded[len(folded)-1].Value)
	}
	var gaps, share float64
	for _, c := range folded {
		gaps += c.Gap
		share += c.Share
	}
	if got, want := cents(gaps), cents(actual)-cents(100_000); got != want || cents(share*100) != 10000 {
		t.Errorf("folded gaps %d cents, variance %d; shares %v", got, want, share)
	}
	if len(foldedValues(g, values, true)) != 50 {
		t.Error("Show all does not list every store")
	}
}

// TestFilteredBlankNamed says rows of an empty 地区 cell skipped by a
// filter are "(blank)" ones, not “”.
func TestFilteredBlankNamed(t *testing.T) {
	v := &importView{table: importer.Table{Columns: 2, HasHeader: true, Header: []string{"日期", "地区"}}}
	plan := &importer.ImportPlan{Filtered: 3, FilteredColumn: 1, FilteredValues: []string{"欧洲", ""}}
	want := "3 rows are for other 地区 values (“欧洲”, (blank)): they are skipped, as the goals' filters choose."
	if got := v.filteredText(plan); got != want {
		t.Errorf("%q\nwant %q", got, want)
	}
}

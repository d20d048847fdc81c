package export

import (
	"bytes"
	"encoding/csv"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"pacer/app"
	"pacer/app/chart"
)

// salesContributors is the sample sales goal's Q1 2023 gap (−2,000,000)
// by product, with a part typed by hand: 产品 B made most of it.
func salesContributors(t *testing.T, table app.ReviewTable) map[int64][]app.GapContributors {
	t.Helper()
	r := table.Rows[0]
	current := []app.DimensionValue{{Value: "产品 B", Amount: 3_550_000}, {Value: "产品 A", Amount: 4_250_000},
		{Value: app.UnsplitLabel, Unsplit: true, Amount: 200_000}}
	reference := []app.DimensionValue{{Value: "产品 A", Amount: 4_200_000}, {Value: "产品 B", Amount: 4_200_000}}
	values := app.Contributors(current, reference, r.ExpectedCovered, app.Decimals(r.Goal))
	return map[int64][]app.GapContributors{r.Goal.ID: {{Dimension: "产品", LastYear: true, Values: values}}}
}

// TestWriteContributorsCSV checks the table of the gap by product: one
// line a value, its gaps adding up to the goal's variance, the unsplit
// part translated.
func TestWriteContributorsCSV(t *testing.T) {
	table := sampleTable(t, "en")
	cs := salesContributors(t, table)
	var buf bytes.Buffer
	words := Translator(func(s string) string { return map[string]string{app.UnsplitLabel: "其他（未拆分）"}[s] })
	if err := WriteContributorsCSV(&buf, table, cs, words); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), utf8BOM))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	goal := table.Rows[0].Goal.Title
	want := [][]string{
		{"Goal", "Period", "Dimension", "Value", "Expected", "Actual", "Gap", "Share of the gap", "Expected by"},
		{goal, "Q1 2023", "产品", "产品 B", "5000000", "3550000", "-1450000", "65.9", "Last year's share of plan"},
		{goal, "Q1 2023", "产品", "产品 A", "5000000", "4250000", "-750000", "34.1", "Last year's share of plan"},
		{goal, "Q1 2023", "产品", "其他（未拆分）", "0", "200000", "200000", "", "Last year's share of plan"},
	}
	if len(recs) != len(want) {
		t.Fatalf("%d records: %q", len(recs), recs)
	}
	var gaps int64
	for i, rec := range recs {
		if strings.Join(rec, "|") != strings.Join(want[i], "|") {
			t.Errorf("line %d: %q\nwant     %q", i, rec, want[i])
		}
		if i > 0 {
			g, _ := strconv.ParseFloat(rec[6], 64)
			gaps += int64(math.Round(g))
		}
	}
	if variance := int64(table.Rows[0].VsPlan.Abs); gaps != variance {
		t.Errorf("the gaps add up to %d, the variance is %d", gaps, variance)
	}
}

// TestWriteReviewBookHasContributors checks that the review workbook gets
// a sheet of the gap by product, with numbers as numbers, and none
// without a breakdown.
func TestWriteReviewBookHasContributors(t *testing.T) {
	table := sampleTable(t, "en")
	for _, cs := range []map[int64][]app.GapContributors{salesContributors(t, table), nil} {
		var buf bytes.Buffer
		if err := WriteReviewBook(&buf, table, cs, nil); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		sheets := f.GetSheetList()
		if cs == nil {
			if len(sheets) != 1 {
				t.Errorf("sheets %q without a breakdown", sheets)
			}
			continue
		}
		if len(sheets) != 2 || sheets[1] != "Where the gap comes from" {
			t.Fatalf("sheets %q", sheets)
		}
		value, _ := f.GetCellValue(sheets[1], "D2")
		gap, _ := f.GetCellValue(sheets[1], "G2", excelize.Options{RawCellValue: true})
		if value != "产品 B" || gap != "-1450000" {
			t.Errorf("second row: %q, gap %q", value, gap)
		}
	}
}

// TestReportShowsContributors checks that the HTML report gives the sales
// goal its table and chart of the gap by product.
func TestReportShowsContributors(t *testing.T) {
	in := sampleReport(t, "en", "")
	cs := salesContributors(t, in.Table)
	r := in.Table.Rows[0]
	in.Contributors = cs
	gc := cs[r.Goal.ID][0]
	bars := chart.ContributorsInput{Title: "Sales, Q1 2023: gap by 产品", ExpectedLabel: "Expected", ActualLabel: "Actual",
		Goal: r.Goal, Values: gc.Values}
	set, err := ReportCharts(ReportChartInputs{Goals: map[int64]GoalReportCharts{r.Goal.ID: {Contributors: []chart.ContributorsInput{bars}}}},
		chart.ChartSize{Width: 480, Height: 300, Scale: 1})
	if err != nil {
		t.Fatal(err)
	}
	in.Charts.Goals[r.Goal.ID] = append(in.Charts.Goals[r.Goal.ID], set.Goals[r.Goal.ID]...)
	var buf bytes.Buffer
	if err := WriteReviewReport(&buf, in); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{`<table class="contributors">`, "<h4>Where the gap comes from</h4>", "<th>产品</th>", "<td>产品 B</td>",
		"−¥1,450,000", "66%", `aria-label="Sales, Q1 2023: gap by 产品"`, "Expected by: Last year&#39;s share of plan"} {
		if !strings.Contains(page, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if n := strings.Count(page, `<table class="contributors">`); n != 1 {
		t.Errorf("%d contributors tables, want the sales goal's only", n)
	}
}

// TestContributorsOwnPlan checks that a value expected to bring its own
// plan says so in the table, and the report says both bases.
func TestContributorsOwnPlan(t *testing.T) {
	table := sampleTable(t, "en")
	r := table.Rows[0]
	values := app.Contributors([]app.DimensionValue{{Value: "A", Amount: 5e6}, {Value: "B", Amount: 3e6}}, nil, r.ExpectedCovered, 0,
		app.DimensionPlan{Value: "A", Amount: 6e6})
	cs := map[int64][]app.GapContributors{r.Goal.ID: {{Dimension: "产品", Planned: true, Values: values}}}
	var buf bytes.Buffer
	if err := WriteContributorsCSV(&buf, table, cs, nil); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{",A,6000000,5000000,-1000000,50.0,Own plan\r\n", ",B,4000000,3000000,-1000000,50.0,This period's share of plan\r\n"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("CSV lacks %q:\n%s", want, buf.String())
		}
	}
	if v := contributorViews(cs[r.Goal.ID], r.Goal, nil); len(v) != 1 || v[0].Basis != "Expected by: Own plan / This period's share of plan" {
		t.Errorf("report's basis %+v", v)
	}
}

// TestContributorNameBlank names a value of empty cells in the exports.
func TestContributorNameBlank(t *testing.T) {
	zh := Translator(func(s string) string { return map[string]string{BlankValue: "（空白）"}[s] })
	if got := ContributorName(app.Contribution{Value: ""}, zh); got != "（空白）" {
		t.Errorf("blank value written %q", got)
	}
}

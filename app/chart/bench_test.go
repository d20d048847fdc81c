package chart

import (
	"bytes"
	"testing"

	"pacer/app/internal/testkit"

	chart "github.com/wcharczuk/go-chart/v2"
)

// BenchmarkChartVsGoChartDefault renders the plan-and-actual bars and the
// cumulative chart of the sample's sales goal at 1920×1080 as PNG, next to
// go-chart's default rendering of the same series at the same size: a
// plain chart.BarChart and chart.Chart, default styles and font. Ours must
// take no longer (make bench's verdict, ≤ 1.00×). The two are timed in turns (benchPair):
// ns/op is our median, go-chart-ns/op go-chart's; B/op and allocs/op
// count both.
func BenchmarkChartVsGoChartDefault(b *testing.B) {
	useTestFont(b)
	const w, h = 1920, 1080
	bars := sampleBars("en", 0, 8e6, 15e6, 17e6, 21e6)
	cum := sampleChart(b, "en", 0)
	cum.Values = testkit.Vals("2023-Q1", 8e6, "2023-Q2", 15e6, "2023-Q3", 17e6)
	cum.AsOf = testkit.Day(b, "2023-10-15")

	var values []chart.Value
	for i, label := range bars.Periods {
		values = append(values, chart.Value{Label: label + " " + bars.PlanLabel, Value: bars.Plan[i]},
			chart.Value{Label: label + " " + bars.ActualLabel, Value: bars.Actual[i]})
	}
	planSum, actualSum := 0.0, 0.0
	var xs, plan, actual []float64
	for i := range bars.Plan {
		planSum += bars.Plan[i]
		actualSum += bars.Actual[i]
		xs = append(xs, float64(i+1))
		plan = append(plan, planSum)
		actual = append(actual, actualSum)
	}
	lines := chart.Chart{Width: w, Height: h, Series: []chart.Series{
		chart.ContinuousSeries{Name: bars.PlanLabel, XValues: xs, YValues: plan},
		chart.ContinuousSeries{Name: bars.ActualLabel, XValues: xs[:3], YValues: actual[:3]},
	}}

	pair := func(name string, ours, theirs func(*bytes.Buffer) error) {
		b.Run(name, func(b *testing.B) {
			var a, g bytes.Buffer
			render := func(f func(*bytes.Buffer) error, buf *bytes.Buffer) func(int) {
				return func(int) {
					buf.Reset()
					if err := f(buf); err != nil {
						b.Fatal(err)
					}
				}
			}
			testkit.BenchPair(b, "go-chart-ns/op", render(ours, &a), render(theirs, &g))
			b.ReportMetric(float64(a.Len()), "bytes/png")
			b.ReportMetric(float64(g.Len()), "go-chart-bytes/png")
		})
	}
	pair("bars", func(buf *bytes.Buffer) error {
		png, err := PlanActualBars(bars, testSize(w, h, 1), FormatPNG)
		buf.Write(png)
		return err
	}, func(buf *bytes.Buffer) error {
		return chart.BarChart{Width: w, Height: h, Bars: values}.Render(chart.PNG, buf)
	})
	pair("cumulative", func(buf *bytes.Buffer) error {
		png, err := CumulativeChart(cum, testSize(w, h, 1), FormatPNG)
		buf.Write(png)
		return err
	}, func(buf *bytes.Buffer) error {
		return lines.Render(chart.PNG, buf)
	})
}

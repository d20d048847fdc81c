package views

import (
	"log"
	"sync"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/assets"
)

var chartFontOnce sync.Once

// useChartFont gives the charts the embedded font that has Chinese as well as Latin.
func useChartFont() {
	chartFontOnce.Do(func() {
		if err := app.SetChartFont(assets.CJKFont); err != nil {
			log.Printf("pacer: %v", err)
		}
	})
}

// chineseNumbers is true when the interface is in Chinese, where large
// numbers read better in 万 and 亿.
func chineseNumbers() bool {
	return lang.L("sample-language") == "zh"
}

// goalChartPNG draws a goal's cumulative actual against plan, with the projection.
func (ui *mainUI) goalChartPNG(p goalPace, size app.ChartSize) ([]byte, error) {
	useChartFont()
	cal := ui.calendar()
	periods := app.CheckInPeriods(cal, p.Goal)
	labels := make([]string, len(periods))
	for i, per := range periods {
		labels[i] = periodColumnName(per)
	}
	in := app.CumulativeInput{
		Calendar: cal, Goal: p.Goal, Plan: p.Plan, Values: p.Values, AsOf: ui.today(),
		Title:           lang.L("{{.Goal}}: actual against plan", map[string]any{"Goal": p.Goal.Title}),
		PlanLabel:       lang.L("Plan"),
		ActualLabel:     lang.L("Actual"),
		TargetLabel:     lang.L("Target"),
		ProjectionLabel: lang.L("Projection"),
		PeriodLabels:    labels,
		Wan:             chineseNumbers(),
	}
	return app.CumulativeChart(in, size, app.FormatPNG)
}

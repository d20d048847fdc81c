package views

import (
	"image"
	"log"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/app/chart"
	"pacer/assets"
)

// chartFont is the embedded font that has Chinese as well as Latin, parsed
// once for every chart; nil (go-chart's Roboto) if it cannot be read.
var chartFont = sync.OnceValue(func() *chart.Font {
	f, err := chart.ParseFont(assets.CJKFont)
	if err != nil {
		log.Printf("pacer: %v", err)
	}
	return f
})

// chartSize is a chart size in the app's chart font.
func chartSize(w, h int) chart.ChartSize {
	return chart.ChartSize{Width: w, Height: h, Scale: 1, Font: chartFont()}
}

// chineseNumbers is true when charts write large numbers in 万 and 亿: as
// chosen in Settings, else when the interface is in Chinese, where they
// read better that way.
func chineseNumbers() bool {
	switch fyne.CurrentApp().Preferences().String(prefChartNumbers) {
	case "plain":
		return false
	case "wan":
		return true
	}
	return chineseUI()
}

// goalChartInput is what the cumulative chart of a goal shows, in the interface's language.
func goalChartInput(ui shell, p goalPace) chart.CumulativeInput {
	cal := ui.calendar()
	periods := app.CheckInPeriods(cal, p.Goal)
	labels, namer := make([]string, len(periods)), periodNamer{}
	for i, per := range periods {
		labels[i] = namer.columnName(per)
	}
	return chart.CumulativeInput{
		Calendar: cal, Goal: p.Goal, Plan: p.Plan, Values: p.Values, AsOf: ui.today(),
		Title:           lang.L("{{.Goal}}: actual against plan", map[string]any{"Goal": p.Goal.Title}),
		PlanLabel:       lang.L("Plan"),
		ActualLabel:     lang.L("Actual"),
		TargetLabel:     lang.L("Target"),
		ProjectionLabel: lang.L("Projection"),
		PeriodLabels:    labels,
		Wan:             chineseNumbers(),
		Milestone:       milestoneWords(),
	}
}

// goalChartImage draws a goal's cumulative actual against plan for the screen.
func goalChartImage(ui shell, p goalPace, size chart.ChartSize) (image.Image, error) {
	return chart.CumulativeImage(goalChartInput(ui, p), size)
}

// goalChartFile draws the same chart for a file.
func goalChartFile(ui shell, p goalPace, size chart.ChartSize, format chart.Format) ([]byte, error) {
	return chart.CumulativeChart(goalChartInput(ui, p), size, format)
}

package views

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/views/widgets"
)

// periodName is how a period is written for people: "2023-Q1" or "2023年第1季度",
// "Mar 2023" or "2023年3月".
func periodName(p app.Period) string {
	args := map[string]any{"Year": strconv.Itoa(p.Year), "N": p.Index}
	switch p.Cadence {
	case app.CadenceWeek:
		return lang.L("{{.Year}} week {{.N}}", args)
	case app.CadenceMonth:
		args["Month"] = widgets.MonthName(time.Month(p.Index))
		return lang.L("{{.Month}} {{.Year}}", args)
	case app.CadenceQuarter:
		return lang.L("{{.Year}}-Q{{.N}}", args)
	case app.CadenceHalf:
		return lang.L("{{.Year}}-H{{.N}}", args)
	}
	return fiscalYearName(p.Year)
}

// periodColumnName is the short name of a period inside its year: "Q1", "Mar".
func periodColumnName(p app.Period) string {
	switch p.Cadence {
	case app.CadenceMonth:
		return widgets.MonthName(time.Month(p.Index))
	case app.CadenceQuarter:
		return lang.L("Q{{.N}}", map[string]any{"N": p.Index})
	case app.CadenceHalf:
		return lang.L("H{{.N}}", map[string]any{"N": p.Index})
	}
	return periodName(p)
}

func fiscalYearName(year int) string {
	return lang.L("FY{{.Year}}", map[string]any{"Year": strconv.Itoa(year)})
}

// periodKeyName writes a stored period key for people, or the key itself when it is not one.
func periodKeyName(key string) string {
	p, err := app.ParsePeriodKey(key)
	if err != nil {
		return key
	}
	return periodName(p)
}

package views

import (
	"strconv"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/views/widgets"
)

// TestPeriodNamerIsTheTranslation names periods of every cadence, in
// English and Chinese, with one namer kept across them all, and checks
// each name against the sentence translated with the period's own parts:
// a pattern translated once names every period as translating it anew
// would, and a cadence's pattern never names another's periods.
func TestPeriodNamerIsTheTranslation(t *testing.T) {
	t.Cleanup(func() { useLanguage(t, "en") })
	cal := app.Calendar{FiscalStart: time.April}
	for _, language := range []string{"en", "zh"} {
		useLanguage(t, language)
		namer := periodNamer{}
		for _, c := range []app.Cadence{app.CadenceWeek, app.CadenceMonth, app.CadenceQuarter, app.CadenceHalf, app.CadenceYear} {
			for _, p := range cal.Periods(c, app.NewDate(2025, 11, 1), app.NewDate(2027, 3, 31)) {
				if got, want := namer.name(p), translatedName(p); got != want {
					t.Errorf("%s: %s is named %q, want %q", language, p.Key(), got, want)
				}
				if got, want := namer.columnName(p), translatedColumnName(p); got != want {
					t.Errorf("%s: %s's column is named %q, want %q", language, p.Key(), got, want)
				}
				if got, want := namer.keyName(p.Key()), translatedName(p); got != want {
					t.Errorf("%s: key %s is named %q, want %q", language, p.Key(), got, want)
				}
			}
		}
		if got := namer.keyName("not a period"); got != "not a period" {
			t.Errorf("%s: a key that is no period is named %q", language, got)
		}
	}
}

// translatedName is a period's name translated with its own parts.
func translatedName(p app.Period) string {
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
	return lang.L("FY{{.Year}}", args)
}

func translatedColumnName(p app.Period) string {
	switch p.Cadence {
	case app.CadenceMonth:
		return widgets.MonthName(time.Month(p.Index))
	case app.CadenceQuarter:
		return lang.L("Q{{.N}}", map[string]any{"N": p.Index})
	case app.CadenceHalf:
		return lang.L("H{{.N}}", map[string]any{"N": p.Index})
	}
	return translatedName(p)
}

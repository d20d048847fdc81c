package views

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/views/widgets"
)

// periodName is how a period is written for people: "2023-Q1" or "2023年第1季度",
// "Mar 2023" or "2023年3月".
func periodName(p app.Period) string {
	return periodNamer{}.name(p)
}

// periodNamer names many periods with one translation of each cadence's
// pattern: translating "{{.Year}} week {{.N}}" parses its template anew
// each time, and the periods of ten weekly years are 520 names.
type periodNamer map[app.Cadence]string

// The marks stand for a period's parts in a translated pattern; they are
// private-use characters, which no translation holds.
const (
	yearMark   = "\ue000"
	numberMark = "\ue001"
	monthMark  = "\ue002"
	// periodMark and cadenceMark stand for a period's name and its
	// cadence's in a sentence about it.
	periodMark  = "\ue003"
	cadenceMark = "\ue004"
)

// name is periodName(p), its cadence's pattern translated once.
func (n periodNamer) name(p app.Period) string {
	pattern, ok := n[p.Cadence]
	if !ok {
		pattern = periodPattern(p.Cadence)
		n[p.Cadence] = pattern
	}
	out := strings.ReplaceAll(pattern, yearMark, strconv.Itoa(p.Year))
	out = strings.ReplaceAll(out, numberMark, strconv.Itoa(p.Index))
	if p.Cadence == app.CadenceMonth {
		out = strings.ReplaceAll(out, monthMark, widgets.MonthName(time.Month(p.Index)))
	}
	return out
}

// periodPattern is the translated name of a period of cadence c, with
// marks for its parts.
func periodPattern(c app.Cadence) string {
	args := map[string]any{"Year": yearMark, "N": numberMark, "Month": monthMark}
	switch c {
	case app.CadenceWeek:
		return lang.L("{{.Year}} week {{.N}}", args)
	case app.CadenceMonth:
		return lang.L("{{.Month}} {{.Year}}", args)
	case app.CadenceQuarter:
		return lang.L("{{.Year}}-Q{{.N}}", args)
	case app.CadenceHalf:
		return lang.L("{{.Year}}-H{{.N}}", args)
	}
	return lang.L("FY{{.Year}}", args)
}

// periodColumnName is the short name of a period inside its year: "Q1", "Mar".
func periodColumnName(p app.Period) string {
	return periodNamer{}.columnName(p)
}

// columnName is periodColumnName(p), its pattern translated once.
func (n periodNamer) columnName(p app.Period) string {
	switch p.Cadence {
	case app.CadenceMonth:
		return widgets.MonthName(time.Month(p.Index))
	case app.CadenceQuarter, app.CadenceHalf:
		// Keyed apart from the periods' own names: the cadences' values
		// are the strings "quarter" and "half".
		key := "column " + p.Cadence
		pattern, ok := n[key]
		if !ok {
			pattern = lang.L("Q{{.N}}", map[string]any{"N": numberMark})
			if p.Cadence == app.CadenceHalf {
				pattern = lang.L("H{{.N}}", map[string]any{"N": numberMark})
			}
			n[key] = pattern
		}
		return strings.ReplaceAll(pattern, numberMark, strconv.Itoa(p.Index))
	}
	return n.name(p)
}

func fiscalYearName(year int) string {
	return lang.L("FY{{.Year}}", map[string]any{"Year": strconv.Itoa(year)})
}

// periodKeyName writes a stored period key for people, or the key itself when it is not one.
func periodKeyName(key string) string {
	return periodNamer{}.keyName(key)
}

// keyName is periodKeyName(key), its pattern translated once.
func (n periodNamer) keyName(key string) string {
	p, err := app.ParsePeriodKey(key)
	if err != nil {
		return key
	}
	return n.name(p)
}

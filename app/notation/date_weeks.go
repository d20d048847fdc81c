package notation

import (
	"regexp"
	"strconv"
	"strings"

	"pacer/app"
)

// weekSpellings are the ways reports and people write an ISO week with
// its year: 2024-W02 (ISO, and Pacer's own period key), 2024W2,
// 2024 W13, 2024 Week 13, W13 2024, Wk 13-2024, Week 13, 2024,
// 2024年第13周 and 2024年 第13週; the first group is the year, unless
// named week first.
var weekSpellings = []struct {
	re        *regexp.Regexp
	weekFirst bool
}{
	{re: regexp.MustCompile(`^(\d{4})\s*[-/.]?\s*(?:w|wk|week)\s*[-.]?\s*(\d{1,2})$`)},
	{re: regexp.MustCompile(`^(?:w|wk|week)\s*[-.]?\s*(\d{1,2})\s*[-/,.]?\s*(\d{4})$`), weekFirst: true},
	{re: regexp.MustCompile(`^(\d{4})\s*年\s*第?\s*(\d{1,2})\s*[周週]$`)},
}

// ReadWeek reads text written as one of weekSpellings: the ISO week it
// names, as Pacer numbers its weeks; ok is false for any other text and
// for a week 53 of a year of 52.
func ReadWeek(text string) (p app.Period, ok bool) {
	if !strings.ContainsAny(text, "Ww周週") {
		return app.Period{}, false // most dates: no week to read, a million times in an import
	}
	s := strings.ToLower(strings.TrimSpace(text))
	for _, sp := range weekSpellings {
		m := sp.re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		year, week := m[1], m[2]
		if sp.weekFirst {
			year, week = week, year
		}
		y, _ := strconv.Atoi(year)
		w, _ := strconv.Atoi(week)
		p = app.Period{Cadence: app.CadenceWeek, Year: y, Index: w}
		return p, p.Valid()
	}
	return app.Period{}, false
}

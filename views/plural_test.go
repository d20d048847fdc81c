package views

import (
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/app/importer"
	"pacer/data"
)

// onePlural finds a count of one before a plural noun: "1 rows".
var onePlural = regexp.MustCompile(`\b1 (rows|values|periods|days|goals|others|check-ins|changes|files|actions|follow-ups|times)\b`)

// TestCountsOfOneReadInTheSingular: each line that counts something says
// "1 row", "1 day late", "1 other" when there is one, in English, and
// the plural for more; Chinese has one form, with the count.
func TestCountsOfOneReadInTheSingular(t *testing.T) {
	hidden := func(n int, kept bool) string {
		return hiddenText(&importer.ImportPlan{Hidden: n, HiddenRows: []int{4, 9}[:n], HiddenKept: kept})
	}
	texts := map[string]func(n int) string{
		"days late":    func(n int) string { return lateText("2026-W05", n) },
		"backup line":  func(n int) string { return backupLine(data.BackupInfo{Goals: n}) },
		"backup hint":  func(n int) string { return backupHint(data.BackupInfo{Goals: n}) },
		"others":       othersText,
		"file rows":    func(n int) string { return fileRowsText("sales.csv", n) },
		"named rows":   func(n int) string { return rowsOfText([]int{1, 2, 3, 4, 5}, 5+n) },
		"hidden, out":  func(n int) string { return hidden(n, false) },
		"hidden, kept": func(n int) string { return hidden(n, true) },
		"skipped": func(n int) string {
			return skippedText(&importer.ImportPlan{Skipped: n, SkippedNames: []string{"East"}})
		},
		"totals":        func(n int) string { return totalsText(&importer.ImportPlan{Totals: n, TotalLabel: "合计"}) },
		"outside span":  func(n int) string { return outsideText(&importer.ImportPlan{OutsideSpan: n}) },
		"notes":         func(n int) string { return notesText(&importer.ImportPlan{Notes: n}) },
		"filtered":      func(n int) string { return (&importView{}).filteredText(&importer.ImportPlan{Filtered: n}) },
		"effect":        effectLineOf,
		"plan recap":    recapOf,
		"replaced etc.": func(n int) string { return replacedText(n) },
	}
	useLanguage(t, "en")
	for name, text := range texts {
		one, two := text(1), text(2)
		if onePlural.MatchString(one) || !strings.Contains(two, "2") && name != "effect" && name != "plan recap" {
			t.Errorf("%s: one reads %q, two %q", name, one, two)
		}
		if one == two {
			t.Errorf("%s: one and two read alike: %q", name, one)
		}
	}
	useLanguage(t, "zh")
	for name, text := range texts {
		if one := text(1); !strings.Contains(one, "1") && name != "effect" {
			t.Errorf("zh %s: one reads %q, without its count", name, one)
		}
	}
	useLanguage(t, "en")
}

// effectLineOf is the action effect's line of averages over n periods.
func effectLineOf(n int) string {
	g := app.Goal{Kind: app.KindIncrease, Unit: app.UnitCount}
	return effectText(g, app.EffectResult{Verdict: app.EffectImproved, N: n, BeforeAvg: 10, AfterAvg: 12, Change: 2})
}

// recapOf is the wizard's summary of a goal planned over n periods.
func recapOf(n int) string {
	s := &summaryStep{recap: widget.NewLabel("")}
	s.load(&goalDraft{plan: make([]app.PeriodTarget, n)})
	return s.recap.Text
}

// replacedText is the import check's lines for n periods replaced and n
// partly covered.
func replacedText(n int) string {
	return (&importView{}).checkedText(&importer.ImportPlan{Replaced: n, Partial: n})
}

// TestActionBannerLeavesOutACountOfNone: the dashboard's action line
// names what is due, not "follow-ups due: 0".
func TestActionBannerLeavesOutACountOfNone(t *testing.T) {
	useLanguage(t, "en")
	for _, c := range []struct {
		overdue, followUps int
		want               string
	}{
		{1, 0, "Actions overdue: 1"},
		{0, 2, "Follow-ups due: 2"},
		{3, 1, "Actions overdue: 3 · follow-ups due: 1"},
	} {
		if got := actionBannerText(c.overdue, c.followUps); got != c.want {
			t.Errorf("%d overdue, %d follow-ups: %q, want %q", c.overdue, c.followUps, got, c.want)
		}
	}
}

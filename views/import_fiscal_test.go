package views

import (
	"strings"
	"testing"
	"time"

	"pacer/app"
	"pacer/app/importer"
)

// TestFiscalPeriodTextSaysWhatWasRead: the check names what was read as a
// fiscal period in a business whose year does not start in January, in
// words of its kind: quarters, half-years, or a fiscal year named by the
// year it starts in, in English and Chinese, with the text and its days.
func TestFiscalPeriodTextSaysWhatWasRead(t *testing.T) {
	t.Cleanup(func() { useLanguage(t, "en") })
	plan := func(text string, c app.Cadence, named bool) *importer.ImportPlan {
		return &importer.ImportPlan{FiscalPeriod: text, FiscalCadence: c, FiscalNamed: named,
			FiscalPeriodFrom: app.NewDate(2024, time.January, 1), FiscalPeriodThrough: app.NewDate(2024, time.March, 31)}
	}
	plans := map[string]*importer.ImportPlan{"quarter": plan("Q4 2023", app.CadenceQuarter, false),
		"half": plan("H2 2023", app.CadenceHalf, false), "named": plan("FY2023 Q4", app.CadenceQuarter, true)}
	words := map[string]map[string]string{"en": {"quarter": "fiscal quarters", "half": "fiscal half-years", "named": "calendar year they start in"},
		"zh": {"quarter": "财年季度", "half": "财年半年", "named": "财年开始的年份"}}
	for lang, want := range words {
		useLanguage(t, lang)
		for kind, p := range plans {
			got := fiscalPeriodText(p)
			if !strings.Contains(got, want[kind]) || !strings.Contains(got, p.FiscalPeriod) || !strings.Contains(got, "2024-03-31") {
				t.Errorf("%s %s: %q, want %q, the text and its days", lang, kind, got, want[kind])
			}
		}
	}
	if got := fiscalPeriodText(&importer.ImportPlan{}); got != "" {
		t.Errorf("nothing read as fiscal: %q", got)
	}
}

package views

import (
	"testing"

	"pacer/app"
)

// TestCauseLineUsesTheLanguagesColon: a plan made from a gap names its
// cause as the language writes it, 市场需求：低于预期 in Chinese.
func TestCauseLineUsesTheLanguagesColon(t *testing.T) {
	t.Cleanup(func() { useLanguage(t, "en") })
	for _, c := range []struct {
		lang string
		r    app.Review
		want string
	}{
		{"en", app.Review{CauseCategory: "market_demand", CauseText: " Orders below forecast "}, "Market demand: Orders below forecast"},
		{"zh", app.Review{CauseCategory: "market_demand", CauseText: "低于预期"}, "市场需求：低于预期"},
		{"zh", app.Review{CauseCategory: "market_demand"}, "市场需求"},
		{"zh", app.Review{CauseText: "低于预期"}, "低于预期"},
	} {
		useLanguage(t, c.lang)
		if got := causeLine(c.r); got != c.want {
			t.Errorf("%s: causeLine = %q, want %q", c.lang, got, c.want)
		}
	}
}

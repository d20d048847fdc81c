package app

import (
	"testing"
)

func TestTemplates(t *testing.T) {
	want := []Template{
		{"blank", KindIncrease, UnitCount, AggFlow, 0, "", CadenceMonth, ""},
		{"sales_growth", KindIncrease, UnitCurrency, AggFlow, 0, PerspectiveFinancial, CadenceQuarter, "CNY"},
		{"new_customers", KindIncrease, UnitCount, AggFlow, 0, PerspectiveCustomer, CadenceQuarter, ""},
		{"market_share", KindIncrease, UnitPercent, AggLevel, 1, PerspectiveCustomer, CadenceQuarter, ""},
		{"gross_margin", KindIncrease, UnitPercent, AggLevel, 1, PerspectiveFinancial, CadenceMonth, ""},
		{"customer_retention", KindIncrease, UnitPercent, AggLevel, 1, PerspectiveCustomer, CadenceQuarter, ""},
		{"cost_reduction", KindDecrease, UnitCurrency, AggFlow, 0, PerspectiveFinancial, CadenceMonth, "CNY"},
	}
	got := Templates()
	if len(got) != len(want) {
		t.Fatalf("Templates() has %d templates, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("template %d = %+v, want %+v", i, got[i], want[i])
		}
		if tt, ok := TemplateByID(want[i].ID); !ok || tt != want[i] {
			t.Errorf("TemplateByID(%q) = %+v, %v", want[i].ID, tt, ok)
		}
	}
	if _, ok := TemplateByID("nope"); ok {
		t.Error(`TemplateByID("nope") found a template`)
	}
}

func TestTemplateApply(t *testing.T) {
	g := Goal{Title: "Keep me", Target: 5, Baseline: Ptr(4), Kind: KindMilestone, UnitLabel: "kg",
		Perspective: PerspectiveLearning, Decimals: 3, Start: Day(t, "2023-01-01")}
	share, _ := TemplateByID(TemplateMarketShare)
	share.Apply(&g)
	want := Goal{Title: "Keep me", Target: 5, Baseline: g.Baseline, Kind: KindIncrease, Unit: UnitPercent,
		Aggregation: AggLevel, Decimals: 1, Perspective: PerspectiveCustomer,
		Cadence: CadenceQuarter, PlanBy: CadenceQuarter, Start: Day(t, "2023-01-01")}
	if g != want {
		t.Errorf("Apply =\n %+v\nwant %+v", g, want)
	}
	blank, _ := TemplateByID(TemplateBlank)
	blank.Apply(&g)
	if g.Perspective != "" || g.Unit != UnitCount || g.Decimals != 0 || g.Title != "Keep me" {
		t.Errorf("blank Apply = %+v; want the perspective cleared and the title kept", g)
	}
}

// TestTemplatesPassM checks that every template gives a goal the M rules
// accept once it has a title, baseline and target.
func TestTemplatesPassM(t *testing.T) {
	for _, tpl := range Templates() {
		g := Goal{Baseline: Ptr(10), Target: 20}
		if tpl.Kind == KindDecrease {
			g.Target = 5
		}
		tpl.Apply(&g)
		if fs := checkMeasurable(g, false); len(fs) > 0 {
			t.Errorf("template %s: M findings %+v", tpl.ID, fs)
		}
	}
}

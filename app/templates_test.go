package app

import (
	"testing"

	"pacer/data"
)

func TestTemplates(t *testing.T) {
	want := []Template{
		{"blank", data.KindIncrease, data.UnitCount, data.AggFlow, 0, "", data.CadenceMonth, ""},
		{"sales_growth", data.KindIncrease, data.UnitCurrency, data.AggFlow, 0, data.PerspectiveFinancial, data.CadenceQuarter, "CNY"},
		{"new_customers", data.KindIncrease, data.UnitCount, data.AggFlow, 0, data.PerspectiveCustomer, data.CadenceQuarter, ""},
		{"market_share", data.KindIncrease, data.UnitPercent, data.AggLevel, 1, data.PerspectiveCustomer, data.CadenceQuarter, ""},
		{"gross_margin", data.KindIncrease, data.UnitPercent, data.AggLevel, 1, data.PerspectiveFinancial, data.CadenceMonth, ""},
		{"customer_retention", data.KindIncrease, data.UnitPercent, data.AggLevel, 1, data.PerspectiveCustomer, data.CadenceQuarter, ""},
		{"cost_reduction", data.KindDecrease, data.UnitCurrency, data.AggFlow, 0, data.PerspectiveFinancial, data.CadenceMonth, "CNY"},
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
	g := data.Goal{Title: "Keep me", Target: 5, Baseline: ptr(4), Kind: data.KindMilestone, UnitLabel: "kg",
		Perspective: data.PerspectiveLearning, Decimals: 3, Start: day(t, "2023-01-01")}
	share, _ := TemplateByID(TemplateMarketShare)
	share.Apply(&g)
	want := data.Goal{Title: "Keep me", Target: 5, Baseline: g.Baseline, Kind: data.KindIncrease, Unit: data.UnitPercent,
		Aggregation: data.AggLevel, Decimals: 1, Perspective: data.PerspectiveCustomer,
		Cadence: data.CadenceQuarter, PlanBy: data.CadenceQuarter, Start: day(t, "2023-01-01")}
	if g != want {
		t.Errorf("Apply =\n %+v\nwant %+v", g, want)
	}
	blank, _ := TemplateByID(TemplateBlank)
	blank.Apply(&g)
	if g.Perspective != "" || g.Unit != data.UnitCount || g.Decimals != 0 || g.Title != "Keep me" {
		t.Errorf("blank Apply = %+v; want the perspective cleared and the title kept", g)
	}
}

// TestTemplatesPassM checks that every template gives a goal the M rules
// accept once it has a title, baseline and target.
func TestTemplatesPassM(t *testing.T) {
	for _, tpl := range Templates() {
		g := data.Goal{Baseline: ptr(10), Target: 20}
		if tpl.Kind == data.KindDecrease {
			g.Target = 5
		}
		tpl.Apply(&g)
		if fs := checkMeasurable(g); len(fs) > 0 {
			t.Errorf("template %s: M findings %+v", tpl.ID, fs)
		}
	}
}

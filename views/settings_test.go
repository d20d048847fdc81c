package views

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/views/widgets"
)

func TestBusinessSettingsSaved(t *testing.T) {
	ui, _, store := newStoreUI(t)
	b := newBusinessSettings(depsOf[businessStore](ui))
	b.fiscal.SetSelectedIndex(3) // April
	b.comma.SetChecked(true)
	b.onTrack.SetText("90")
	b.atRisk.SetText("70")
	b.currency.SetText(" usd ")
	b.cadence.SetSelected(cadenceLabel(app.CadenceWeek))
	test.Tap(b.save)
	if ui.calendar().FiscalStart != time.April || !ui.numberFormat().DecimalComma {
		t.Errorf("calendar %v, number format %+v", ui.calendar(), ui.numberFormat())
	}
	if th := ui.thresholds(); th.OnTrack != 0.9 || th.AtRisk != 0.7 {
		t.Errorf("thresholds = %+v", th)
	}
	if ui.currency() != "USD" || ui.defaultCadence() != app.CadenceWeek {
		t.Errorf("currency %q, cadence %q", ui.currency(), ui.defaultCadence())
	}
	if v, _ := store.Setting(context.Background(), settingOnTrack, ""); v != "0.9" {
		t.Errorf("stored on-track threshold = %q", v)
	}

	b.onTrack.SetText("70")
	b.atRisk.SetText("90")
	test.Tap(b.save)
	if th := ui.thresholds(); th.OnTrack != 0.9 {
		t.Error("bad thresholds were saved")
	}
	if b.msg.Text == "" {
		t.Error("no message for bad thresholds")
	}

	b.atRisk.SetText("80")
	b.currency.SetText("US$")
	test.Tap(b.save)
	if ui.currency() != "USD" || b.msg.Importance != widget.DangerImportance {
		t.Errorf("a bad currency code was saved: %q, message %q", ui.currency(), b.msg.Text)
	}
}

func TestNewGoalUsesBusinessCurrencyAndCadence(t *testing.T) {
	ui, _, store := newStoreUI(t)
	ctx := context.Background()
	if err := store.SetSettings(ctx, map[string]string{settingCurrency: "EUR", settingCadence: string(app.CadenceWeek)}); err != nil {
		t.Fatal(err)
	}
	sales, _ := app.TemplateByID(app.TemplateSalesGrowth)
	s := &startStep{wiz: &goalWizard{ui: depsOf[wizardStore](ui)}}
	var g app.Goal
	s.applyTemplate(sales, &g)
	if g.UnitLabel != "EUR" || g.Cadence != app.CadenceQuarter {
		t.Errorf("sales template: unit %q, cadence %q", g.UnitLabel, g.Cadence)
	}
	blank, _ := app.TemplateByID(app.TemplateBlank)
	s.applyTemplate(blank, &g)
	if g.Cadence != app.CadenceWeek || g.PlanBy != app.CadenceMonth {
		t.Errorf("blank template: cadence %q, plan by %q", g.Cadence, g.PlanBy)
	}
}

// TestMoneyUnitTakesBusinessCurrency: a goal made from Blank whose unit
// is then set to money counts in the business's currency, unless a
// currency is already named.
func TestMoneyUnitTakesBusinessCurrency(t *testing.T) {
	ui, _, store := newStoreUI(t)
	if err := store.SetSettings(context.Background(), map[string]string{settingCurrency: "EUR"}); err != nil {
		t.Fatal(err)
	}
	_, wiz := openGoalsWizard(t, ui)
	m := stepOf[*measureStep](wiz)
	m.unitLabel.SetText("")
	m.unit.SetSelected(m.units.label(app.UnitCount))
	m.unit.SetSelected(m.units.label(app.UnitCurrency))
	if m.unitLabel.Text != "EUR" {
		t.Errorf("money unit from none: currency %q, want EUR", m.unitLabel.Text)
	}
	m.unitLabel.SetText("USD")
	m.unit.SetSelected(m.units.label(app.UnitCount))
	m.unit.SetSelected(m.units.label(app.UnitCurrency))
	if m.unitLabel.Text != "USD" {
		t.Errorf("a named currency became %q", m.unitLabel.Text)
	}
}

func TestDisplaySettingsApplyAtOnce(t *testing.T) {
	test.NewTempApp(t)
	d := newDisplaySettings()
	d.appearance.SetSelected(appearanceLabel("dark"))
	d.scale.SetSelected(scaleLabel(1.3))
	th, ok := fyne.CurrentApp().Settings().Theme().(pacerTheme)
	if !ok || !th.fixed || th.variant != theme.VariantDark || th.scale != 1.3 {
		t.Fatalf("theme after the change = %#v", fyne.CurrentApp().Settings().Theme())
	}
	d.chartNumbers.SetSelected(chartNumbersLabel("wan"))
	if !chineseNumbers() {
		t.Error("charts do not write 万 after choosing it")
	}
	d.chartNumbers.SetSelected(chartNumbersLabel("plain"))
	if chineseNumbers() {
		t.Error("charts still write 万 after choosing plain")
	}
	d.language.SetSelected(languageLabel("zh"))
	if got := fyne.CurrentApp().Preferences().String(PrefLanguage); got != "zh" || d.msg.Text == "" {
		t.Errorf("language preference = %q, message %q", got, d.msg.Text)
	}
}

func TestFiscalStartLockedOnceGoalsExist(t *testing.T) {
	ui, _, store := newStoreUI(t)
	saveSeedGoal(t, store, "Sales 2023")
	b := newBusinessSettings(depsOf[businessStore](ui))
	b.fiscal.SetSelectedIndex(3)
	test.Tap(b.save)
	if ui.calendar().FiscalStart == time.April {
		t.Error("the fiscal-year start changed under existing goals")
	}
}

// TestDefaultCurrency: a new goal's money follows the system's region;
// where the region names none (C or POSIX, read by Fyne as a bare "en", or
// a region Pacer has no money for) it follows the interface's language, so
// the Chinese interface on a C locale counts in yuan, not dollars.
func TestDefaultCurrency(t *testing.T) {
	for _, tc := range []struct {
		locale  string
		chinese bool
		want    string
	}{
		{"zh-CN", false, "CNY"}, {"zh-Hant-TW", true, "TWD"}, {"zh_Hant_HK", true, "HKD"},
		{"en-US", true, "USD"}, {"en-GB", true, "GBP"}, {"de-DE", false, "EUR"}, {"ja-JP", true, "JPY"},
		{"en", false, "USD"}, {"en", true, "CNY"}, {"C", true, "CNY"}, {"", true, "CNY"}, {"", false, "USD"},
		{"ko-KR", true, "CNY"}, {"ko-KR", false, "USD"},
	} {
		if got := defaultCurrency(tc.locale, tc.chinese); got != tc.want {
			t.Errorf("defaultCurrency(%q, chinese %v) = %q, want %q", tc.locale, tc.chinese, got, tc.want)
		}
	}
}

// TestNewGoalCurrencyOnCLocaleInChinese: with no currency set, the Chinese
// interface on a C locale (the region Fyne reads as "en") offers a new
// money goal yuan; it offered dollars.
func TestNewGoalCurrencyOnCLocaleInChinese(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	widgets.SetRegionLocale("en")
	t.Cleanup(func() { widgets.SetRegionLocale("") })
	t.Cleanup(func() { useLanguage(t, "en") })
	useLanguage(t, "zh")
	if got := ui.currency(); got != "CNY" {
		t.Errorf("Chinese interface, no region: %s, want CNY", got)
	}
	useLanguage(t, "en")
	if got := ui.currency(); got != "USD" {
		t.Errorf("English interface, no region: %s, want USD", got)
	}
}

// TestLeavingAsksAboutBusinessSettingsNotSaved: business settings changed
// and not saved make leaving the file ask, naming them; saved, or as the
// file has them, they do not.
func TestLeavingAsksAboutBusinessSettingsNotSaved(t *testing.T) {
	ui, w, _ := newStoreUI(t)
	ui.showScreen(screenSettings)
	s := builtScreen[*settingsScreen](ui)
	s.tabs.SelectIndex(1) // Business, built when first shown
	b := s.business
	if b == nil {
		t.Fatal("the business settings were not built")
	}
	left := 0
	leave := func() { left++ }
	if ui.whenLeavingFile(leave); left != 1 {
		t.Fatal("leaving with the settings as saved asked")
	}
	b.onTrack.SetText("90")
	ui.whenLeavingFile(leave)
	ask := w.Canvas().Overlays().Top()
	if ask == nil || !containsText(ask, "There are changes not saved in the business settings.") {
		t.Fatal("leaving with a threshold typed and not saved did not ask")
	}
	test.Tap(findButton(t, ask, "Keep editing"))
	if left != 1 || b.onTrack.Text != "90" {
		t.Fatalf("Keep editing left the file (%d) or the threshold (%q)", left, b.onTrack.Text)
	}
	test.Tap(b.save)
	if ui.whenLeavingFile(leave); left != 2 {
		t.Fatal("leaving after the settings were saved asked")
	}
}

// TestRegionDefaultsFollowSystemRegion: on a German system shown in
// Chinese (the locale variables pointed at zh_CN, the region kept as
// de-DE), a business with no settings counts money in euros and types a
// decimal comma.
func TestRegionDefaultsFollowSystemRegion(t *testing.T) {
	t.Setenv("LC_ALL", "zh_CN.UTF-8")
	t.Setenv("LANGUAGE", "zh_CN.UTF-8")
	widgets.SetRegionLocale("de-DE")
	t.Cleanup(func() { widgets.SetRegionLocale("") })
	ui, _, _ := newStoreUI(t)
	if got := ui.currency(); got != "EUR" {
		t.Errorf("currency = %q, want EUR", got)
	}
	if !ui.numberFormat().DecimalComma {
		t.Error("no decimal comma on a German system")
	}
}

// TestPercentUnitCountsTheLatest: a goal whose unit is set to per cent
// has its values count as the latest, not added up: left on Flow, as
// Blank leaves it, a 32% margin failed Measurable and was planned at 2.7%
// a month. The user may still choose otherwise.
func TestPercentUnitCountsTheLatest(t *testing.T) {
	ui, _, _ := newStoreUI(t)
	_, wiz := openGoalsWizard(t, ui)
	m := stepOf[*measureStep](wiz)
	m.unit.SetSelected(m.units.label(app.UnitCount))
	m.aggregation.SetSelected(m.aggregations.label(app.AggFlow))
	m.unit.SetSelected(m.units.label(app.UnitPercent))
	if got := m.aggregation.Selected; got != m.aggregations.label(app.AggLevel) {
		t.Errorf("per cent left values %q", got)
	}
	m.aggregation.SetSelected(m.aggregations.label(app.AggFlow))
	m.unit.SetSelected(m.units.label(app.UnitPercent))
	if got := m.aggregation.Selected; got != m.aggregations.label(app.AggFlow) {
		t.Errorf("the user's own choice became %q", got)
	}
}

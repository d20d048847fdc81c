package views

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestBusinessSettingsSaved(t *testing.T) {
	ui, _, store := newStoreUI(t)
	b := newBusinessSettings(ui)
	b.fiscal.SetSelectedIndex(3) // April
	b.comma.SetChecked(true)
	b.onTrack.SetText("90")
	b.atRisk.SetText("70")
	b.language.SetSelected(languageLabel("zh"))
	test.Tap(b.save)
	if ui.calendar().FiscalStart != time.April || !ui.numberFormat().DecimalComma {
		t.Errorf("calendar %v, number format %+v", ui.calendar(), ui.numberFormat())
	}
	if th := ui.thresholds(); th.OnTrack != 0.9 || th.AtRisk != 0.7 {
		t.Errorf("thresholds = %+v", th)
	}
	if got := fyne.CurrentApp().Preferences().String(PrefLanguage); got != "zh" {
		t.Errorf("language preference = %q", got)
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
}

func TestFiscalStartLockedOnceGoalsExist(t *testing.T) {
	ui, _, store := newStoreUI(t)
	saveSeedGoal(t, store, "Sales 2023")
	b := newBusinessSettings(ui)
	b.fiscal.SetSelectedIndex(3)
	test.Tap(b.save)
	if ui.calendar().FiscalStart == time.April {
		t.Error("the fiscal-year start changed under existing goals")
	}
}

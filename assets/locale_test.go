package assets

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// TestForcedLanguageFollowsFynesPick registers a forced language only for
// the locale Fyne picks for the system (and Fyne's others of its language),
// and the interface still reads in it, with Fyne's own words in the
// system's language where Pacer's file has none, as before.
func TestForcedLanguageFollowsFynesPick(t *testing.T) {
	for _, tc := range []struct {
		system, forced  string
		want            []fyne.Locale
		goals, fyneWord string
	}{
		{"zh_CN.UTF-8", "zh", []fyne.Locale{"zh-Hans"}, "目标", "选择全部"},
		{"en_GB.UTF-8", "en", []fyne.Locale{"en"}, "Goals", "Select all"},
		{"de_DE.UTF-8", "en", []fyne.Locale{"de"}, "Goals", "Alle auswählen"},
		{"pt_BR.UTF-8", "zh", []fyne.Locale{"pt", "pt-BR"}, "目标", "Selecionar tudo"},
		{"ja_JP.UTF-8", "zh", []fyne.Locale{"en"}, "目标", "Select all"},
	} {
		t.Setenv("LANGUAGE", "")
		t.Setenv("LC_ALL", tc.system)
		if got := pickedLocales(); !slices.Equal(got, tc.want) {
			t.Errorf("on %s the forced language is registered for %v, want %v", tc.system, got, tc.want)
		}
		if err := LoadTranslations(tc.forced); err != nil {
			t.Fatal(err)
		}
		if got := lang.L("Goals"); got != tc.goals {
			t.Errorf("on %s with --lang %s, Goals reads %q, want %q", tc.system, tc.forced, got, tc.goals)
		}
		if got := lang.L("Select all"); got != tc.fyneWord {
			t.Errorf("on %s with --lang %s, Fyne's Select all reads %q, want %q", tc.system, tc.forced, got, tc.fyneWord)
		}
	}
}

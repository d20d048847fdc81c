package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pacer/views/widgets"
)

func TestFyneAppTomlMatchesCode(t *testing.T) {
	toml, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	meta := devMetadata()
	for field, want := range map[string]string{"ID": appID, "Version": version, "Name": meta.Name,
		"Build": strconv.Itoa(meta.Build), "fyneDo": strconv.FormatBool(meta.Migrations["fyneDo"])} {
		m := regexp.MustCompile(`(?m)^\s*` + field + `\s*=\s*"?([^"\n]*)"?$`).FindSubmatch(toml)
		if m == nil || string(m[1]) != want {
			t.Errorf("FyneApp.toml %s = %q, code says %q", field, m, want)
		}
	}
	if meta.ID != appID || meta.Version != version {
		t.Errorf("the development build's metadata says %s %s, the code %s %s", meta.ID, meta.Version, appID, version)
	}
}

func TestDatabasePathLastOpened(t *testing.T) {
	t.Setenv("PACER_DB", "")
	last := filepath.Join(t.TempDir(), "mine.db")
	if got, _ := databasePath("", last); got == last {
		t.Error("a last file that no longer exists was chosen")
	}
	if err := os.WriteFile(last, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got, _ := databasePath("", last); got != last {
		t.Errorf("got %q, want the last file opened %q", got, last)
	}
}

func TestDatabasePath(t *testing.T) {
	t.Setenv("PACER_DB", "")
	t.Setenv("XDG_CONFIG_HOME", "/tmp/cfg")
	t.Setenv("HOME", "/tmp/home")
	cases := []struct {
		name, flag, env, want string
	}{
		{"Flag", "/data/a.db", "/env/b.db", "/data/a.db"},
		{"Env", "", "/env/b.db", "/env/b.db"},
		{"Default", "", "", filepath.Join("/tmp/cfg", "Pacer", "pacer.db")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("PACER_DB", c.env)
			got, err := databasePath(c.flag, "")
			if err != nil || got != c.want {
				t.Errorf("databasePath(%q) = %q, %v; want %q", c.flag, got, err, c.want)
			}
		})
	}
}

// TestPreferLanguageKeepsRegion checks that choosing the system's own
// language keeps its region (so dates typed on a British system stay day
// first), and that another language replaces the locale.
func TestPreferLanguageKeepsRegion(t *testing.T) {
	tests := []struct {
		lang, language, code string
		want                 string // LC_ALL afterwards
	}{
		{"en_GB.UTF-8", "", "en", ""},
		{"en_GB.UTF-8", "", "zh", "zh_CN.UTF-8"},
		{"zh_TW.UTF-8", "", "zh", ""},
		{"de_DE.UTF-8", "", "en", "en_US.UTF-8"},
		{"en_GB.UTF-8", "zh_CN:en", "en", "en_US.UTF-8"},
		{"C", "", "en", "en_US.UTF-8"},
		{"en_GB.UTF-8", "", "", ""},
	}
	t.Cleanup(func() { widgets.SetRegionLocale("") })
	for _, tc := range tests {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tc.lang)
		t.Setenv("LANGUAGE", tc.language)
		preferLanguage(tc.code)
		if got := os.Getenv("LC_ALL"); got != tc.want {
			t.Errorf("LANG=%s LANGUAGE=%s, --lang %q: LC_ALL=%q, want %q", tc.lang, tc.language, tc.code, got, tc.want)
		}
	}
}

// TestPreferLanguageKeepsSystemRegion chooses the other language than the
// system's: the interface follows the choice, the region's defaults
// (RegionLocale) keep to the system's region.
func TestPreferLanguageKeepsSystemRegion(t *testing.T) {
	t.Cleanup(func() { widgets.SetRegionLocale("") })
	for _, tc := range []struct{ lang, code, ui, region string }{
		{"de_DE.UTF-8", "zh", "zh-CN", "de-DE"},
		{"zh_CN.UTF-8", "en", "en-US", "zh-CN"},
		{"en_GB.UTF-8", "en", "en-GB", "en-GB"},
	} {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANGUAGE", "")
		t.Setenv("LANG", tc.lang)
		preferLanguage(tc.code)
		if ui, region := string(lang.SystemLocale()), widgets.RegionLocale(); ui != tc.ui || region != tc.region {
			t.Errorf("LANG=%s, --lang %s: interface %s, region %s; want %s, %s", tc.lang, tc.code, ui, region, tc.ui, tc.region)
		}
	}
}

func TestRegionLocale(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"LANG": "de_DE.UTF-8"}, "de-DE"},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_NUMERIC": "de_DE.UTF-8", "LC_TIME": "de_DE.UTF-8"}, "de-DE"},
		{map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "fr_FR.UTF-8", "LC_NUMERIC": "de_DE.UTF-8"}, "fr-FR"},
		{map[string]string{"LANG": "en_GB.UTF-8", "LANGUAGE": "zh_CN:en", "LC_MESSAGES": "zh_CN.UTF-8"}, "en-GB"},
		{map[string]string{"LANG": "de_DE@euro"}, "de-DE"},
		{map[string]string{"LC_ALL": "C.UTF-8", "LANG": "zh_TW.UTF-8"}, "zh-TW"},
		{map[string]string{"LANG": "C"}, ""},
		{map[string]string{}, ""},
	} {
		if got := regionLocale(func(name string) string { return tc.env[name] }); got != tc.want {
			t.Errorf("regionLocale(%v) = %q, want %q", tc.env, got, tc.want)
		}
	}
}

func TestFitSize(t *testing.T) {
	cases := []struct {
		name       string
		size, area fyne.Size
		scale      float32
		want       fyne.Size
		shrunk     bool
	}{
		{"fits", fyne.NewSize(1000, 600), fyne.NewSize(1008, 600), 1, fyne.NewSize(1000, 600), false},
		{"too wide and tall", fyne.NewSize(1600, 1000), fyne.NewSize(1008, 600), 1, fyne.NewSize(1008, 600), true},
		{"too tall only", fyne.NewSize(900, 1000), fyne.NewSize(1264, 760), 1, fyne.NewSize(900, 760), true},
		{"scaled screen", fyne.NewSize(1600, 1000), fyne.NewSize(2544, 1560), 2, fyne.NewSize(1272, 780), true},
		{"screen not known", fyne.NewSize(1600, 1000), fyne.NewSize(0, 0), 1, fyne.NewSize(1600, 1000), false},
		{"scale not known", fyne.NewSize(1600, 1000), fyne.NewSize(1008, 600), 0, fyne.NewSize(1600, 1000), false},
	}
	for _, c := range cases {
		got, shrunk := fitSize(c.size, c.area, c.scale)
		if got != c.want || shrunk != c.shrunk {
			t.Errorf("%s: fitSize(%v, %v, %v) = %v, %v; want %v, %v", c.name, c.size, c.area, c.scale, got, shrunk, c.want, c.shrunk)
		}
	}
}

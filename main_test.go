package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
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

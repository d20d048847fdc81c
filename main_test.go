package main

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

func TestFyneAppTomlMatchesCode(t *testing.T) {
	toml, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	for field, want := range map[string]string{"ID": appID, "Version": version} {
		m := regexp.MustCompile(`(?m)^\s*` + field + `\s*=\s*"([^"]*)"`).FindSubmatch(toml)
		if m == nil || string(m[1]) != want {
			t.Errorf("FyneApp.toml %s = %q, code says %q", field, m, want)
		}
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

package views

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"pacer/data/team"
)

// readTranslations is a translation file of assets as key → text.
func readTranslations(t *testing.T, name string) map[string]string {
	t.Helper()
	raw, err := os.ReadFile("../assets/translations/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return m
}

// TestTeamKindNamesNameEveryKind: every kind of shared row is named in
// words, one row and its set-aside work, in English and Chinese; a kind
// left out read as its table name ("goal breakdown") in both languages.
func TestTeamKindNamesNameEveryKind(t *testing.T) {
	useLanguage(t, "en")
	files := []string{"en.json", "zh_Hans.json"}
	tr := map[string]map[string]string{}
	for _, f := range files {
		tr[f] = readTranslations(t, f)
	}
	for _, kind := range team.Kinds() {
		n := teamKindName(kind)
		for _, name := range []string{n.one, n.work} {
			if strings.Contains(name, "_") || strings.Contains(name, strings.ReplaceAll(kind, "_", " ")) {
				t.Errorf("%s is named %q", kind, name)
			}
			for _, f := range files {
				if tr[f][name] == "" {
					t.Errorf("%s: %s's name %q has no translation", f, kind, name)
				}
			}
		}
	}
}

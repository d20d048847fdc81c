package assets

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"pacer/app"
	"pacer/app/export"
	"pacer/app/importer"
	"pacer/app/notation"
	"pacer/data"
)

// literalKey finds lang.L("…") and lang.X("…", …) calls with a literal key.
var literalKey = regexp.MustCompile(`lang\.(?:L|X|N|XN)\(\s*("(?:[^"\\]|\\.)*"|` + "`[^`]*`" + `)`)

var placeholder = regexp.MustCompile(`\{\{\s*\.(\w+)\s*\}\}`)

func usedKeys(t *testing.T) map[string]bool {
	t.Helper()
	keys := map[string]bool{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && path != ".." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range literalKey.FindAllStringSubmatch(string(src), -1) {
			key, err := strconv.Unquote(m[1])
			if err != nil {
				t.Errorf("%s: cannot read key %s: %v", path, m[1], err)
				continue
			}
			keys[key] = true
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walk sources: %v", err)
	}
	// The model's labels and the exports' words are translated through
	// lang.L by the views; go-i18n reserves "Description", which the views
	// map to "Goal description".
	for _, s := range slices.Concat(app.Labels(), export.Words()) {
		if s != "Description" {
			keys[s] = true
		}
	}
	for _, list := range [][]string{data.Messages, app.Messages, notation.Messages, importer.ImportMessages} {
		for _, m := range list {
			keys[m] = true
		}
	}
	return keys
}

func loadFile(t *testing.T, name string) map[string]string {
	t.Helper()
	content, err := translations.ReadFile(TranslationsDir + "/" + name)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	var m map[string]string
	if err := json.Unmarshal(content, &m); err != nil {
		t.Fatalf("%s is not a JSON object of strings: %v", name, err)
	}
	return m
}

func placeholders(s string) string {
	var names []string
	for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
		names = append(names, m[1])
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

func TestTranslationsComplete(t *testing.T) {
	used := usedKeys(t)
	if len(used) < 10 {
		t.Fatalf("found only %d keys in the code; the scanner is broken", len(used))
	}
	for _, file := range []string{"en.json", "zh_Hans.json"} {
		t.Run(file, func(t *testing.T) {
			tr := loadFile(t, file)
			for key := range used {
				value, ok := tr[key]
				switch {
				case !ok:
					t.Errorf("key missing: %q", key)
				case strings.TrimSpace(value) == "":
					t.Errorf("empty translation for %q", key)
				case placeholders(value) != placeholders(key):
					t.Errorf("placeholders differ for %q: %q", key, value)
				}
			}
			for key := range tr {
				if !used[key] {
					t.Errorf("key not used by the code: %q", key)
				}
			}
		})
	}
}

func TestLoadTranslationsRejectsUnknownLanguage(t *testing.T) {
	if err := LoadTranslations("fr"); err == nil {
		t.Fatal("LoadTranslations(\"fr\") = nil, want an error")
	}
}

// go-i18n refuses a whole file when one key is a reserved word such as
// "Description" or "Other", so each file must load without error.
func TestTranslationFilesLoad(t *testing.T) {
	for _, tc := range []struct{ forced, key, want string }{
		{"", "Goals", ""},
		{"zh", "Goals", "目标"},
		{"en", "Goals", "Goals"},
	} {
		if err := LoadTranslations(tc.forced); err != nil {
			t.Fatalf("LoadTranslations(%q): %v", tc.forced, err)
		}
		if got := lang.L(tc.key); tc.want != "" && got != tc.want {
			t.Errorf("with --lang %q, %q reads %q, want %q", tc.forced, tc.key, got, tc.want)
		}
	}
}

// Package assets holds what Pacer embeds in its binary: the app icon and the
// English and Simplified Chinese translations.
package assets

import (
	"embed"
	"encoding/json"
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"github.com/jeandeaual/go-locale"
	"golang.org/x/text/language"
)

//go:embed icon.png
var iconPNG []byte

//go:embed translations
var translations embed.FS

//go:embed icon-256.png
var icon256PNG []byte

// Icon is the application icon, 512×512 in 16-bit colour, for packaging.
var Icon = fyne.NewStaticResource("icon.png", iconPNG)

// WindowIcon is the application icon at 256×256 in 8-bit colour (the size
// Fyne draws a window icon at), for the running app: its windows, About
// and notifications. Decoding Icon and handing it to X took 13 ms of every
// start.
var WindowIcon = fyne.NewStaticResource("icon-256.png", icon256PNG)

// TranslationsDir is the folder inside Translations that holds one JSON file per locale.
const TranslationsDir = "translations"

// Translations returns the embedded translation files, for tests that check them.
func Translations() embed.FS { return translations }

// fyneLocales are the locales Fyne ships translations for; the system may
// pick any of them, so a forced language is registered under each.
var fyneLocales = []fyne.Locale{"en", "zh-Hans", "cs", "de", "el", "es", "fr", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk"}

// LoadTranslations registers the embedded translations with Fyne.
// With forced set to "en" or "zh", that language is used whatever the system
// says: its file is registered for the locale Fyne picks for this system
// (and the others of that language Fyne ships), because Fyne takes the
// locale from the operating system and has no public way to override it.
// Only that file is read then: reading it for each of Fyne's locales, and
// the other language's too, cost some 30 ms and 10 MB at start.
func LoadTranslations(forced string) error {
	switch forced {
	case "en":
		return forceLanguage("en.json")
	case "zh":
		return forceLanguage("zh_Hans.json")
	}
	if err := lang.AddTranslationsFS(translations, TranslationsDir); err != nil {
		return fmt.Errorf("load translations: %w", err)
	}
	if forced != "" {
		return fmt.Errorf("unknown language %q (use en or zh)", forced)
	}
	return nil
}

func forceLanguage(file string) error {
	content, err := translations.ReadFile(TranslationsDir + "/" + file)
	if err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	if !json.Valid(content) {
		return fmt.Errorf("%s is not valid JSON", file)
	}
	for _, l := range pickedLocales() {
		if err := lang.AddTranslationsForLocale(content, l); err != nil {
			return fmt.Errorf("register %s for %s: %w", file, l, err)
		}
	}
	return nil
}

// pickedLocales are the locale Fyne picks among those it ships for the
// system's locales, as Fyne matches them, and Fyne's other locales of the
// same language, which a close match may pick as well.
func pickedLocales() []fyne.Locale {
	supported := append([]fyne.Locale{"en"}, fyneLocales...)
	tags := make([]language.Tag, len(supported))
	for i, l := range supported {
		tags[i] = language.Make(string(l))
	}
	system, err := locale.GetLocales()
	if err != nil {
		system = []string{"en"}
	}
	want := make([]language.Tag, len(system))
	for i, l := range system {
		want[i], _ = language.Parse(l) // Fyne matches an unreadable locale as und too
	}
	_, i, _ := language.NewMatcher(tags).Match(want...)
	picked, _ := tags[i].Base()
	var same []fyne.Locale
	for j, t := range tags {
		if base, _ := t.Base(); base == picked && !slices.Contains(same, supported[j]) {
			same = append(same, supported[j])
		}
	}
	return same
}

// Package assets holds what Pacer embeds in its binary: the app icon and the
// English and Simplified Chinese translations.
package assets

import (
	"embed"
	"encoding/json"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

//go:embed icon.png
var iconPNG []byte

//go:embed translations
var translations embed.FS

// Icon is the application icon.
var Icon = fyne.NewStaticResource("icon.png", iconPNG)

// TranslationsDir is the folder inside Translations that holds one JSON file per locale.
const TranslationsDir = "translations"

// Translations returns the embedded translation files, for tests that check them.
func Translations() embed.FS { return translations }

// fyneLocales are the locales Fyne ships translations for; the system may
// pick any of them, so a forced language is registered under each.
var fyneLocales = []fyne.Locale{"en", "zh-Hans", "cs", "de", "el", "es", "fr", "pl", "pt", "pt-BR", "ru", "sv", "ta", "uk"}

// LoadTranslations registers the embedded translations with Fyne.
// With forced set to "en" or "zh", that language is used whatever the system
// says: its file is registered for every locale Fyne may pick, because Fyne
// takes the locale from the operating system and has no public way to override it.
func LoadTranslations(forced string) error {
	if err := lang.AddTranslationsFS(translations, TranslationsDir); err != nil {
		return fmt.Errorf("load translations: %w", err)
	}
	switch forced {
	case "":
		return nil
	case "en":
		return forceLanguage("en.json")
	case "zh":
		return forceLanguage("zh_Hans.json")
	default:
		return fmt.Errorf("unknown language %q (use en or zh)", forced)
	}
}

func forceLanguage(file string) error {
	content, err := translations.ReadFile(TranslationsDir + "/" + file)
	if err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	if !json.Valid(content) {
		return fmt.Errorf("%s is not valid JSON", file)
	}
	for _, locale := range fyneLocales {
		if err := lang.AddTranslationsForLocale(content, locale); err != nil {
			return fmt.Errorf("register %s for %s: %w", file, locale, err)
		}
	}
	return nil
}

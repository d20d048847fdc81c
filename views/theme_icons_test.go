package views

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestThemeIconsKeepTheirColouring: the theme's icons are the base theme's,
// one object per icon, with the same name and content as the base
// theme's themed icon, and content in the new colour once the appearance
// changes (the kept SVG must not outlive its colour).
func TestThemeIconsKeepTheirColouring(t *testing.T) {
	a := test.NewTempApp(t)
	dark := pacerTheme{Theme: theme.DefaultTheme(), scale: 1, variant: theme.VariantDark, fixed: true}
	a.Settings().SetTheme(dark)
	base := theme.DefaultTheme().Icon(theme.IconNameSearch).(fyne.ThemedResource)
	icon := theme.SearchIcon()
	if icon != theme.SearchIcon() {
		t.Error("two lookups of an icon give two objects")
	}
	themed, ok := icon.(fyne.ThemedResource)
	if !ok || themed.ThemeColorName() != base.ThemeColorName() || icon.Name() != base.Name() {
		t.Fatalf("icon %T %q is not the base theme's themed %q", icon, icon.Name(), base.Name())
	}
	darkSVG := icon.Content()
	if !bytes.Equal(darkSVG, base.Content()) {
		t.Errorf("dark icon:\n%s\nwant\n%s", darkSVG, base.Content())
	}
	light := dark
	light.variant = theme.VariantLight
	a.Settings().SetTheme(light)
	lightSVG := theme.SearchIcon().Content()
	if bytes.Equal(lightSVG, darkSVG) || !bytes.Equal(lightSVG, base.Content()) {
		t.Errorf("light icon:\n%s\nwant\n%s", lightSVG, base.Content())
	}
}

package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// aboutContent is the body of the About dialog: what Pacer is, its version and its data file.
func aboutContent(version, dbPath string) fyne.CanvasObject {
	icon := widget.NewIcon(fyne.CurrentApp().Icon())
	name := widget.NewLabelWithStyle(lang.L("Pacer"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	ver := widget.NewLabelWithStyle(lang.L("Version {{.Version}}", map[string]any{"Version": version}),
		fyne.TextAlignCenter, fyne.TextStyle{})
	what := widget.NewLabelWithStyle(lang.L("Set the year's goals, track their pace, review the gaps and adjust."),
		fyne.TextAlignCenter, fyne.TextStyle{})
	file := widget.NewLabelWithStyle(lang.L("Database: {{.Path}}", map[string]any{"Path": dbPath}),
		fyne.TextAlignCenter, fyne.TextStyle{Italic: true})
	return container.NewVBox(
		container.NewCenter(container.NewGridWrap(fyne.NewSize(96, 96), icon)),
		name, ver, what, file)
}

package views

import (
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app/chart"
	"pacer/data"
	"pacer/views/widgets"
)

// chartDrawer draws one chart at a size, in a format.
type chartDrawer func(size chart.ChartSize, format chart.Format) ([]byte, error)

// The export sizes offered for slides.
const (
	exportWide   = "1920x1080"
	exportSquare = "1024x768"
	exportCustom = "custom"
)

// chartExport asks for a size and a format, then a file, and writes the chart there.
type chartExport struct {
	ui     shell
	name   string // suggested file name without extension
	render chartDrawer
	size   *widget.RadioGroup
	sizes  choice[string]
	width  *widgets.KeyEntry
	height *widgets.KeyEntry
	format *widget.RadioGroup
	msg    *widget.Label
	dialog dialog.Dialog
	// done is called after each export attempt, for tests.
	done func(path string, err error)
}

func newChartExport(ui shell, name string, render chartDrawer) *chartExport {
	e := &chartExport{ui: ui, name: name, render: render, width: widgets.NewEntry(), height: widgets.NewEntry()}
	e.sizes = choiceOf(
		named[string]{exportWide, lang.L("1920 × 1080 (16:9 slides)")},
		named[string]{exportSquare, lang.L("1024 × 768 (4:3 slides)")},
		named[string]{exportCustom, lang.L("Custom size")})
	e.size = widget.NewRadioGroup(e.sizes.labels, func(string) { e.onSizeChanged() })
	e.size.SetSelected(e.sizes.labels[0])
	e.width.SetText("1600")
	e.height.SetText("900")
	e.format = widget.NewRadioGroup([]string{"PNG", "SVG"}, nil)
	e.format.Horizontal = true
	e.format.SetSelected("PNG")
	e.msg = widget.NewLabel("")
	e.msg.Importance = widget.DangerImportance
	e.msg.Wrapping = fyne.TextWrapWord
	e.onSizeChanged()
	return e
}

func (e *chartExport) onSizeChanged() {
	v, _ := e.sizes.value(e.size.Selected)
	if v == exportCustom {
		e.width.Enable()
		e.height.Enable()
	} else {
		e.width.Disable()
		e.height.Disable()
	}
}

// chosenSize reads the size; a custom one must be whole pixels within go-chart's reach.
func (e *chartExport) chosenSize() (chart.ChartSize, error) {
	v, _ := e.sizes.value(e.size.Selected)
	switch v {
	case exportWide:
		return chartSize(1920, 1080), nil
	case exportSquare:
		return chartSize(1024, 768), nil
	}
	w, errW := strconv.Atoi(strings.TrimSpace(e.width.Text))
	h, errH := strconv.Atoi(strings.TrimSpace(e.height.Text))
	if errW != nil || errH != nil || w < 200 || h < 150 || w > chart.MaxChartSide || h > chart.MaxChartSide {
		return chart.ChartSize{}, fieldError{text: lang.L("Type a width from 200 to {{.Max}} and a height from 150 to {{.Max}} pixels.",
			map[string]any{"Max": chart.MaxChartSide})}
	}
	return chartSize(w, h), nil
}

func (e *chartExport) show() {
	custom := container.NewHBox(widget.NewLabel(lang.L("Width")), container.NewGridWrap(fyne.NewSize(90, 36), e.width),
		widget.NewLabel(lang.L("Height")), container.NewGridWrap(fyne.NewSize(90, 36), e.height))
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Size"), container.NewVBox(e.size, custom)),
		widget.NewFormItem(lang.L("Format"), e.format),
	)
	d := dialog.NewCustomConfirm(lang.L("Export chart"), lang.L("Export…"), lang.L("Cancel"),
		container.NewVBox(form, e.msg), func(ok bool) {
			if ok {
				e.onExport()
			}
		}, e.ui.window())
	e.dialog = d
	e.ui.showDialog(d)
}

// onExport renders the chart, asks where to save it and writes it; Cancel writes nothing.
func (e *chartExport) onExport() {
	size, err := e.chosenSize()
	if err != nil {
		e.fail(err)
		return
	}
	format, ext, desc := chart.FormatPNG, "png", lang.L("PNG image")
	if e.format.Selected == "SVG" {
		format, ext, desc = chart.FormatSVG, "svg", lang.L("SVG image")
	}
	content, err := e.render(size, format)
	if err != nil {
		e.fail(err)
		return
	}
	start := filepath.Join(startFolder(folderCharts), e.name+"."+ext)
	path, err := e.ui.chooser().saveFile(lang.L("Export chart"), start, fileFilter{desc: desc, exts: []string{ext}})
	if err != nil || path == "" {
		e.finish(path, err)
		return
	}
	rememberFolder(folderCharts, filepath.Dir(path))
	e.ui.confirmOverwrite(path, func() { e.finish(path, writeFileAtomic(path, content)) })
}

func (e *chartExport) fail(err error) {
	e.msg.SetText(userMessage(err))
	e.ui.showDialog(e.dialog)
	if e.done != nil {
		e.done("", err)
	}
}

func (e *chartExport) finish(path string, err error) {
	switch {
	case err != nil:
		e.ui.showError(err)
	case path != "":
		showSaved(e.ui, lang.L("Chart exported"), lang.L("Written to {{.Path}}.", map[string]any{"Path": path}), filepath.Dir(path))
	}
	if e.done != nil {
		e.done(path, err)
	}
}

// confirmOverwrite runs write at once for a new file, or after the user
// agrees to replace an existing one. A database Pacer has open (the file
// shown, or the user's own behind the sample plan) is never replaced: it
// would be lost with all saved since, and SQLite's locks with it.
func (ui *mainUI) confirmOverwrite(path string, write func()) {
	if data.InUse(path) {
		ui.showError(fieldError{text: lang.L("Choose another file than the open one.")})
		return
	}
	if !fileExists(path) {
		write()
		return
	}
	d := dialog.NewConfirm(lang.L("Replace file"),
		lang.L("{{.Path}} already exists. Replace it?", map[string]any{"Path": path}), func(ok bool) {
			if ok {
				write()
			}
		}, ui.window())
	d.SetConfirmText(lang.L("Replace"))
	ui.showDestructive(d)
}

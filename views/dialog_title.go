package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// dialogTitleWidth is the widest a dialog's title may be: Fyne draws it
// on one line, and a longer one widens the dialog past a small window.
const dialogTitleWidth = 560

// fitDialogTitle is title(name), with name shortened and ended with "…"
// when needed so that the title, in bold as a dialog draws it, is at most
// dialogTitleWidth wide. The dialog shows the whole name in its body.
func fitDialogTitle(name string, title func(name string) string) string {
	size := theme.Current().Size(theme.SizeNameText)
	fits := func(s string) bool {
		return fyne.MeasureText(s, size, fyne.TextStyle{Bold: true}).Width <= dialogTitleWidth
	}
	if whole := title(name); fits(whole) {
		return whole
	}
	runes := []rune(name)
	lo, hi := 0, len(runes) // the longest prefix that fits lies in [lo, hi)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if fits(title(string(runes[:mid]) + "…")) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return title(string(runes[:lo]) + "…")
}

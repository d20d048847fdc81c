package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// PreloadFonts starts loading the theme's regular and bold faces on
// another goroutine and returns a wait for them, for Deps.WaitForFonts.
// Fyne loads a face the first time text of its style is measured, on the
// UI goroutine: Pacer's Chinese faces, Fyne's own and the system's
// fallback, some 150 ms of CPU on the way to the first frame, which a
// second core can spend while the store opens and the screens are made.
// Call it once the theme is set (ApplyTheme).
func PreloadFonts() (wait func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, style := range []fyne.TextStyle{{}, {Bold: true}} {
			fyne.MeasureText("Pacer 目标", theme.TextSize(), style)
		}
	}()
	return func() { <-done }
}

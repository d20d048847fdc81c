package views

import (
	"context"
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"

	"pacer/app"
	"pacer/data"
)

// closeAfterHide is how long a hidden window waits to be closed, for the
// pointer's events queued for it to be handled while it still has a GLFW
// window.
const closeAfterHide = 200 * time.Millisecond

// checkFrameWait is how long the check waits for the window's first frame
// when none is drawn (a window started minimised; tests shorten it, as the
// test driver draws none).
var checkFrameWait = 10 * time.Second

// CheckLater runs check, the look over every page of the file that
// data.OpenCheckLater left for after the start, off the UI goroutine once
// the main window w has shown its first frame (35 ms of CPU on a file of
// 200 goals, which the first frame no longer waits for). When the file
// turns out damaged, w gives way to the window a damaged file gets at
// start (ShowOpenError), which offers its newest good backup; opened is
// what that window calls with the store it opens. The damaged store's
// team sync stops and the store closes. A window that has gone on to
// another file in the meantime is left alone.
func CheckLater(a fyne.App, w fyne.Window, store *data.Store, path string,
	check func(context.Context) error, opened func(store *data.Store, path string)) {
	// Not newFrameMark: its second's wait, meant for a window started
	// minimised, ran the check before the first frame on a machine so
	// loaded that the frame took longer.
	mark := &frameMark{drawn: make(chan struct{})}
	time.AfterFunc(checkFrameWait, mark.done)
	content := withMark(w, mark.object())
	go func() {
		<-mark.drawn
		err := check(context.Background())
		if err == nil {
			return
		}
		log.Printf("pacer: check %s: %v", path, err)
		if app.ErrorCode(err) != app.ENotDatabase {
			return
		}
		showOnUI(func() {
			if w.Content() != content {
				return // the window shows another file since (switchTo)
			}
			stopSession(store)
			store.Close()
			ShowOpenError(a, path, err, opened).Show()
			// Hidden first, closed a moment later: Fyne's GLFW driver
			// hands a closing window the pointer's moves still queued
			// for it, and a cursor change there dereferences its
			// released GLFW window (a crash seen with the pointer over
			// the dashboard).
			w.Hide()
			time.AfterFunc(closeAfterHide, func() { showOnUI(w.Close) })
		})
	}()
}

// withMark lays mark over w's content and returns the content, which
// stays w's until the window goes on to another file. The main window's
// content is a stack already (NewMainWindow), which takes the mark as it
// is: setting the window's content anew laid the whole first screen out
// again, twice, on the way to the first frame (13 ms of 200 goals'
// dashboard).
func withMark(w fyne.Window, mark fyne.CanvasObject) fyne.CanvasObject {
	// Fyne's stack layout is an empty struct, equal to any other.
	if stack, ok := w.Content().(*fyne.Container); ok && stack.Layout == layout.NewStackLayout() {
		stack.Add(mark)
		return stack
	}
	content := container.NewStack(w.Content(), mark)
	w.SetContent(content)
	return content
}

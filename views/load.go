package views

import (
	"image"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// readsOffUI is true in Pacer's own window (NewMainWindow sets it): a
// screen's reads then run off the UI goroutine. Tests drive screens
// headless and read them at once, so there the reads run in place.
var readsOffUI bool

// readsRunning counts the reads running off the UI goroutine, so that a
// test that let them run waits for them before the next test starts.
var readsRunning atomic.Int32

// showOnUI runs a screen's show on the UI goroutine; tests replace it to
// run shows in their own goroutine.
var showOnUI = fyne.Do

// firstFrameWait is how long reads wait for the window's first frame, or
// a switch's, when none is drawn (a window started minimised).
const firstFrameWait = time.Second

// load runs read, which must touch no widget, and then show on the UI
// goroutine. In the window read runs on a goroutine of its own, so that
// the frame after a click shows the screen at once, with its data filled
// in when read (200 goals' statuses took 100–150 ms on the way to that
// frame), and not before the window has drawn the frame it was asked in:
// the window's first, or the one that shows a switch to another screen
// (markFrame). On two cores a read running beside that frame slowed it,
// and its show, when the read was quick, was laid out and painted in it
// too. show is dropped when the window has since gone to other data (the
// sample plan and back).
func (ui *mainUI) load(read, show func()) {
	if !readsOffUI {
		read()
		show()
		return
	}
	ui.afterFrame(func() {
		read()
		showOnUI(func() {
			if ui.activeUI() == ui {
				show()
			}
		})
	})
}

// afterFrame runs f on a goroutine of its own once the window has drawn
// the frame asked for now (see load), and the switch that asked for it
// has read what it reads first (readFirst).
func (ui *mainUI) afterFrame(f func()) {
	frame := ui.shown.frame
	readsRunning.Add(1)
	go func() {
		defer readsRunning.Add(-1)
		<-frame.drawn
		<-frame.ready
		f()
	}()
}

// readFirst runs read off the UI goroutine once the window has drawn the
// frame asked for now, before the reads that wait for that frame (load)
// start, and then show on the UI goroutine. A screen switch reads the
// store's version this way (checkVersion): a change after that read is
// then one the screen's next showing sees.
func (ui *mainUI) readFirst(read, show func()) {
	frame := ui.shown.frame
	if !readsOffUI {
		read()
		frame.readFirstDone()
		show()
		return
	}
	readsRunning.Add(1)
	go func() {
		defer readsRunning.Add(-1)
		<-frame.drawn
		read()
		frame.readFirstDone()
		showOnUI(func() {
			if ui.activeUI() == ui {
				show()
			}
		})
	}()
}

// markFrame makes the window's next frame the one that reads started from
// now wait for (load), by laying a new mark in the holder on the window;
// those reads also wait for the one read with readFirst, which the caller
// must start.
func (s *shownUI) markFrame() {
	s.frame = newFrameMark()
	s.frame.ready = make(chan struct{})
	s.holder.Objects = []fyne.CanvasObject{s.frame.raster()}
	s.holder.Refresh()
}

// frameMark tells when a frame of the window is drawn: its first, or the
// one after a screen switch; and, for a switch's, when the switch's own
// read after that frame is through (ready).
type frameMark struct {
	once  sync.Once
	drawn chan struct{}
	ready chan struct{}
	first sync.Once
}

// newFrameMark is a mark with nothing to read first.
func newFrameMark() *frameMark {
	m := &frameMark{drawn: make(chan struct{}), ready: make(chan struct{})}
	close(m.ready)
	time.AfterFunc(firstFrameWait, m.done)
	return m
}

func (m *frameMark) done() { m.once.Do(func() { close(m.drawn) }) }

// readFirstDone lets the reads waiting for the frame start.
func (m *frameMark) readFirstDone() {
	m.first.Do(func() {
		select {
		case <-m.ready:
		default:
			close(m.ready)
		}
	})
}

// object is the mark's pixel in a container of its own, to be laid over a
// window's content.
func (m *frameMark) object() fyne.CanvasObject {
	return container.NewWithoutLayout(m.raster())
}

// raster is the mark: an invisible pixel in the window's corner, to be
// laid over its content, that marks the frame done once the frame the
// window's painter first draws it in has been shown: the painter draws
// and shows a frame in one turn of the UI loop, and the function it is
// then given runs on the next.
func (m *frameMark) raster() fyne.CanvasObject {
	clear := image.NewNRGBA(image.Rect(0, 0, 1, 1))
	var painted sync.Once
	r := canvas.NewRaster(func(int, int) image.Image {
		painted.Do(func() { go fyne.DoAndWait(m.done) })
		return clear
	})
	r.Resize(fyne.NewSize(1, 1))
	return r
}

package main

import (
	"log"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// Room the window's frame takes around its content, in the screen's
// coordinates at a content scale of 1: a title bar of up to 40 (Windows
// 31, macOS 28, most Linux window managers 24–38) and side borders.
const (
	frameWidth  = 16
	frameHeight = 40
)

// fitToScreen shrinks a shown window whose content was restored to a size
// larger than the primary screen's work area (the screen less its task
// bar, dock or menu bar) to fit in it, and centers it: a window last
// closed on a 1600×1000 monitor otherwise ran off a 1024×640 laptop
// screen, its dialogs' buttons out of reach. It runs on the main thread
// after the window was created (glfw is then up); a screen glfw cannot
// describe leaves the window as it is.
func fitToScreen(w fyne.Window) {
	defer func() {
		if r := recover(); r != nil { // glfw reports its errors by panicking
			log.Printf("pacer: read the screen's size: %v", r)
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return
	}
	_, _, width, height := m.GetWorkarea()
	cx, cy := m.GetContentScale()
	area := fyne.NewSize(float32(width)-frameWidth*max(cx, 1), float32(height)-frameHeight*max(cy, 1))
	if size, ok := fitSize(w.Canvas().Size(), area, w.Canvas().Scale()); ok {
		w.Resize(size)
		w.CenterOnScreen()
	}
}

// fitSize is size (in Fyne's units) shrunk to fit area (in the screen's
// coordinates, scale of them to a unit), and whether it had to shrink. An
// area or scale not known leaves size as it is.
func fitSize(size, area fyne.Size, scale float32) (fyne.Size, bool) {
	if area.Width <= 0 || area.Height <= 0 || scale <= 0 {
		return size, false
	}
	room := fyne.NewSize(area.Width/scale, area.Height/scale)
	if size.Width <= room.Width && size.Height <= room.Height {
		return size, false
	}
	return size.Min(room), true
}

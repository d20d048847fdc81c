package views

import (
	"log"
	"os"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data"
)

// fileClaim is this window's mark on its database file (see data.ClaimFile).
type fileClaim struct {
	claim *data.Claim
	path  string
}

// claimFile marks the open database as open here, and warns when another
// Pacer has it open too. The sample plan is not claimed: it is Pacer's own.
func (ui *mainUI) claimFile() {
	if ui.deps.sample || ui.deps.Store == nil {
		return
	}
	c, other, err := data.ClaimFile(ui.deps.DBPath)
	if err != nil {
		log.Printf("pacer: mark %s as open: %v", ui.deps.DBPath, err)
	}
	if app.ErrorCode(err) == app.EReadOnly || !data.Writable(ui.deps.DBPath) {
		ui.status.Importance = widget.WarningImportance
		ui.status.SetText(lang.L("Read-only: {{.Path}} or its folder cannot be changed, so nothing can be saved. Save a copy elsewhere to work on it.",
			map[string]any{"Path": ui.deps.DBPath}))
	}
	ui.claim = &fileClaim{claim: c, path: ui.deps.DBPath}
	if other != nil {
		ui.warnOpenElsewhere(*other)
	}
}

// takeClaim carries the claim of the UI being replaced over to ui when ui
// shows the same file, or the sample plan in front of it; otherwise the old
// file is released and the new one claimed.
func (ui *mainUI) takeClaim(old *mainUI) {
	switch {
	case old.claim == nil:
		ui.claimFile()
	case ui.deps.sample || ui.deps.DBPath == old.claim.path:
		ui.claim, old.claim = old.claim, nil
	default:
		old.releaseFile()
		ui.claimFile()
	}
}

// releaseFile removes this window's mark from its file.
func (ui *mainUI) releaseFile() {
	if ui.claim == nil {
		return
	}
	if err := ui.claim.claim.Release(); err != nil {
		log.Printf("pacer: unmark %s: %v", ui.claim.path, err)
	}
	ui.claim = nil
}

func (ui *mainUI) warnOpenElsewhere(h data.Holder) {
	args := map[string]any{"Path": ui.deps.DBPath, "Since": h.Since.Local().Format("2006-01-02 15:04"), "Host": h.Host, "PID": h.PID}
	msg := lang.L("{{.Path}} is already open in another Pacer window (process {{.PID}}, since {{.Since}}).", args)
	if h.Host != "" && h.Host != hostName() {
		msg = lang.L("{{.Path}} is already open in Pacer on the computer {{.Host}} (since {{.Since}}).", args)
	}
	msg += "\n\n" + lang.L("Both can save without losing anything, but each window shows only what it has read. Close one of them to avoid working from old numbers.")
	ui.showDialog(dialog.NewInformation(lang.L("This file is open in another window"), msg, ui.win))
}

// reportWaits says in the status line when a save had to wait for another
// program writing the same file, so a slow save is explained.
func (ui *mainUI) reportWaits() {
	if ui.deps.Store == nil {
		return
	}
	ui.deps.Store.SetOnWait(func(d time.Duration) {
		text := lang.L("The last save waited {{.Seconds}} s for another program or Pacer window writing to this file.",
			map[string]any{"Seconds": strconv.FormatFloat(d.Seconds(), 'f', 1, 64)})
		fyne.Do(func() {
			ui.status.Importance = widget.WarningImportance
			ui.status.SetText(text)
		})
	})
}

// close releases the file and closes the stores this UI has open, as the app stops.
func (ui *mainUI) close() {
	ui.releaseFile()
	stopSession(ui.deps.Store)
	for _, d := range []*Deps{&ui.deps, ui.deps.home} {
		if d != nil && d.Store != nil {
			if err := d.Store.Close(); err != nil {
				log.Printf("pacer: close %s: %v", d.DBPath, err)
			}
		}
	}
}

// activeUI is the UI now shown in ui's window: the last it switched to.
func (ui *mainUI) activeUI() *mainUI {
	return ui.shown.ui
}

func hostName() string {
	h, _ := os.Hostname()
	return h
}

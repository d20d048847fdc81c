package views

import (
	"context"
	"log"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data"
)

// dailyBackup is the automatic backup a window takes of the file it
// opened at start, AfterStart after it is made, and how the last try
// went: a failure stays on the window's notice until a try succeeds, as
// a user told nothing believes the file is backed up.
type dailyBackup struct {
	store *data.Store
	timer timer
	err   error // the last try's failure, nil after a success (UI goroutine)
	busy  bool  // a try is running (UI goroutine)
}

// backupAfterFunc starts the daily backup's timer: time.AfterFunc; tests
// stand in for it to fire it at will.
var backupAfterFunc = func(d time.Duration, f func()) timer { return time.AfterFunc(d, f) }

// startDailyBackup takes the day's backup of the window's file once the
// first frames are drawn: reading and checking the whole file slowed the
// first frame of a big file by a third on two cores.
func (ui *mainUI) startDailyBackup() {
	b := &dailyBackup{store: ui.deps.Store, busy: true}
	ui.shown.backup = b
	b.timer = backupAfterFunc(AfterStart, func() { ui.backUp(b) })
}

// stopDailyBackup drops the backup not started yet, as the window closes.
func (s *shownUI) stopDailyBackup() {
	if s.backup != nil {
		s.backup.timer.Stop()
	}
}

// backUp tries b once more and shows how it went: off the UI goroutine
// in the window, in place in tests (readsOffUI).
func (ui *mainUI) backUp(b *dailyBackup) {
	if !readsOffUI {
		ui.backupDone(b, b.try())
		return
	}
	go func() {
		err := b.try()
		showOnUI(func() { ui.backupDone(b, err) })
	}()
}

// try takes the day's backup unless there is one already, and returns
// what failed. Old backups that could not be removed do not count as a
// failure: the day's backup is there.
func (b *dailyBackup) try() error {
	path, made, err := b.store.DailyBackup(context.Background())
	switch {
	case err != nil && made:
		log.Printf("pacer: backup written to %s; old backups not removed: %v", path, err)
		return nil
	case err != nil:
		log.Printf("pacer: daily backup: %v", err)
		return err
	case made:
		log.Printf("pacer: backup written to %s", path)
	}
	return nil
}

func (ui *mainUI) backupDone(b *dailyBackup, err error) {
	b.err, b.busy = err, false
	ui.activeUI().showBackupState()
}

// retryBackup is the notice's Try again.
func (ui *mainUI) retryBackup() {
	b := ui.shown.backup
	if b == nil || b.busy {
		return
	}
	b.busy = true
	ui.showBackupState()
	ui.backUp(b)
}

// backupNotice is the line above the status line that says the daily
// backup failed, why and what to do, with Try again and Open folder.
// Hidden unless the last try failed.
type backupNotice struct {
	text   *widget.Label
	retry  *widget.Button
	box    *fyne.Container
	bottom *fyne.Container // the window's bottom, laid out again as the notice comes and goes
}

// withBackupNotice is the window's bottom: a separator, the notice and
// statusLine. The notice shows how the daily backup of the file in view
// last went.
func (ui *mainUI) withBackupNotice(statusLine fyne.CanvasObject) fyne.CanvasObject {
	v := &backupNotice{text: widget.NewLabel("")}
	v.text.Wrapping = fyne.TextWrapWord
	v.text.Importance = widget.WarningImportance
	v.retry = widget.NewButtonWithIcon(lang.L("Try again"), theme.ViewRefreshIcon(), ui.retryBackup)
	folder := widget.NewButtonWithIcon(lang.L("Open folder"), theme.FolderOpenIcon(), ui.openBackupsFolder)
	icon := widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))
	buttons := container.NewCenter(container.NewHBox(v.retry, folder))
	v.box = newBorder(nil, nil, container.NewCenter(icon), buttons, v.text)
	v.bottom = container.NewVBox(widget.NewSeparator(), v.box, statusLine)
	ui.backupNotice = v
	ui.showBackupState()
	return v.bottom
}

// showBackupState shows the daily backup's failure on the notice, or
// hides it: after a success, and in a window gone on to another file.
func (ui *mainUI) showBackupState() {
	v, b := ui.backupNotice, ui.shown.backup
	if v == nil {
		return
	}
	defer v.bottom.Refresh()
	if b == nil || b.err == nil || b.store != ui.deps.Store {
		v.box.Hide()
		return
	}
	v.text.SetText(backupFailure(b.err, data.BackupsDir(b.store.Path())))
	if b.busy {
		v.retry.Disable()
	} else {
		v.retry.Enable()
	}
	v.box.Show()
}

// backupFailure says in words why the daily backup into folder failed,
// and what to do about it.
func backupFailure(err error, folder string) string {
	args := map[string]any{"Folder": folder}
	switch app.ErrorCode(err) {
	case app.EFull:
		return lang.L("Today's backup failed: the disk is full. Backups of this file go to {{.Folder}}. Free some space, then try again.", args)
	case app.EReadOnly:
		return lang.L("Today's backup failed: Pacer cannot write to {{.Folder}}. Make that folder writable, or move the database to a folder you can write to, then try again.", args)
	}
	args["Detail"] = err.Error()
	if app.ErrorMessage(err) != app.MsgInternal {
		args["Detail"] = userMessage(err) // in the user's language
	}
	return lang.L("Today's backup failed. Backups of this file go to {{.Folder}}: check that folder, then try again. Meanwhile Settings › Database file › Save a copy as… keeps a copy elsewhere. The error: {{.Detail}}", args)
}

// openBackupsFolder shows the backups folder in the system's file
// manager; the database's own folder when there is no backups folder to
// show (it could not be made, or a file has its name).
func (ui *mainUI) openBackupsFolder() {
	dir := data.BackupsDir(ui.deps.Store.Path())
	if !isDir(dir) {
		dir = filepath.Dir(dir)
	}
	openInSystem(ui, dir)
}

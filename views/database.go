package views

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/data"
)

// PrefLastDatabase is the preference key of the last database file opened,
// which Pacer opens again when started without --db.
const PrefLastDatabase = "db.last"

func dbFilter() fileFilter {
	return fileFilter{desc: lang.L("Pacer database"), exts: []string{"db"}}
}

// openDatabase opens the file at path and shows it in place of the current
// one, which is closed; the file is remembered for the next start.
func (ui *mainUI) openDatabase(path string) {
	store, err := data.Open(ui.ctx, path)
	if err != nil {
		ui.showError(err)
		return
	}
	old := ui.deps.Store
	next := ui.deps
	next.Store, next.DBPath, next.sample, next.home = store, path, false, nil
	if ui.deps.home != nil {
		// Leaving the sample plan for another file: the user's own store closes too.
		ui.deps.home.Store.Close()
	}
	ui.switchTo(next)
	if old != nil {
		if err := old.Close(); err != nil {
			ui.showError(err)
		}
	}
	fyne.CurrentApp().Preferences().SetString(PrefLastDatabase, path)
}

func (ui *mainUI) onNewDatabase() {
	path, err := ui.files.saveFile(lang.L("New database"), "pacer.db", dbFilter())
	if err != nil || path == "" {
		ui.showErrorIf(err)
		return
	}
	if fileExists(path) {
		ui.showError(fieldError{text: lang.L("{{.Path}} already exists. Use Open database to open it.", map[string]any{"Path": path})})
		return
	}
	ui.whenLeavingFile(func() { ui.openDatabase(path) })
}

func (ui *mainUI) onOpenDatabase() {
	path, err := ui.files.openFile(lang.L("Open database"), dbFilter())
	if err != nil || path == "" {
		ui.showErrorIf(err)
		return
	}
	ui.whenLeavingFile(func() { ui.openDatabase(path) })
}

// onSaveCopy writes a consistent, checked copy of the open database where the user says.
func (ui *mainUI) onSaveCopy() {
	base := filepath.Base(ui.deps.DBPath)
	path, err := ui.files.saveFile(lang.L("Save a copy as"), base, dbFilter())
	if err != nil || path == "" {
		ui.showErrorIf(err)
		return
	}
	ui.confirmOverwrite(path, func() { // which refuses the open file, under any name
		if err := ui.deps.Store.SaveCopy(ui.ctx, path); err != nil {
			ui.showError(err)
			return
		}
		ui.showDialog(dialog.NewInformation(lang.L("Copy saved"), lang.L("A copy of the database was saved to {{.Path}}.", map[string]any{"Path": path}), ui.win))
	})
}

// onRestore lists the automatic backups; the chosen one replaces the open
// file, which is set aside, never deleted.
func (ui *mainUI) onRestore() {
	backups, err := data.ListBackups(ui.ctx, ui.deps.DBPath)
	if err != nil {
		ui.showError(err)
		return
	}
	if len(backups) == 0 {
		ui.showDialog(dialog.NewInformation(lang.L("Restore from backup"), lang.L("There are no backups of this file yet. Pacer takes one each day it starts."), ui.win))
		return
	}
	list := widget.NewList(func() int { return len(backups) }, func() fyne.CanvasObject { return widget.NewLabel("backup") },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(backupLine(backups[id]))
		})
	var d dialog.Dialog
	list.OnSelected = func(id widget.ListItemID) {
		d.Hide()
		ui.confirmRestore(backups[id])
	}
	d = dialog.NewCustom(lang.L("Restore from backup"), lang.L("Cancel"), list, ui.win)
	d.Resize(fyne.NewSize(420, 360))
	ui.showDialog(d)
}

// backupWhen is when backup b was taken, as the restore list and its
// question name it: the day, and for a backup taken before an import or
// an upgrade the minute too, and why, since a day may have several.
func backupWhen(b data.BackupInfo) string {
	day := b.Time.Format("2006-01-02")
	args := map[string]any{"Date": day, "Time": b.Time.Format("15:04")}
	switch {
	case b.BeforeImport:
		return lang.L("{{.Date}} {{.Time}}, before an import", args)
	case b.BeforeUpgrade:
		return lang.L("{{.Date}} {{.Time}}, before an upgrade of Pacer", args)
	}
	return day
}

// backupLine is backup b's line in the restore list: when it was taken
// and the goals it holds, or that it cannot be read.
func backupLine(b data.BackupInfo) string {
	if b.Goals < 0 {
		return lang.L("{{.Date}} · cannot be read", map[string]any{"Date": backupWhen(b)})
	}
	args := map[string]any{"Date": backupWhen(b), "Goals": b.Goals}
	if b.Goals == 1 {
		return lang.L("{{.Date}} · 1 goal", args)
	}
	return lang.L("{{.Date}} · {{.Goals}} goals", args)
}

func (ui *mainUI) confirmRestore(b data.BackupInfo) {
	msg := lang.L("Restore the backup of {{.Date}}? The file open now is set aside beside it, not deleted.",
		map[string]any{"Date": backupWhen(b)})
	ui.showDestructive(dialog.NewConfirm(lang.L("Restore from backup"), msg, func(ok bool) {
		if ok {
			ui.whenLeavingFile(func() { ui.restore(b) })
		}
	}, ui.win))
}

// closeForRestore closes the store a restore replaces; tests replace it
// to make the close fail.
var closeForRestore = (*data.Store).Close

func (ui *mainUI) restore(b data.BackupInfo) {
	path := ui.deps.DBPath
	// A damaged backup is refused while the file is still open, so that
	// the window never closes its store for a restore that cannot happen.
	if err := data.CheckFile(ui.ctx, b.Path); err != nil {
		ui.showError(err)
		return
	}
	if err := closeForRestore(ui.deps.Store); err != nil {
		ui.restoreNotClosed(path, err)
		return
	}
	// A restore that fails leaves the file as it was (data.Restore): it
	// opens again, whatever the error said.
	if _, err := data.Restore(ui.ctx, path, b.Path, ui.now()); err != nil {
		ui.showError(err)
	}
	ui.openDatabase(path)
}

// restoreNotClosed follows a restore whose closing of the open file
// failed: the store is closed all the same (Store.Close runs once), so the
// window opens the file again, untouched, and says the backup was not
// restored. Restoring anyway could leave a connection the close did not
// end writing into the file set aside, or failing to move it at all.
func (ui *mainUI) restoreNotClosed(path string, err error) {
	ui.openDatabase(path)
	ui.activeUI().showError(fieldError{text: lang.L("The backup was not restored: Pacer could not close {{.Path}} ({{.Detail}}). The file is open again as it was; nothing was changed. Close other programs that use it, or restart Pacer, then restore again.",
		map[string]any{"Path": path, "Detail": err.Error()})})
}

func (ui *mainUI) showErrorIf(err error) {
	if err != nil {
		ui.showError(err)
	}
}

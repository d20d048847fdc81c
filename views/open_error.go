package views

import (
	"context"
	"log"
	"os"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pacer/app"
	"pacer/data"
)

// openErrorWindow is shown instead of the main window when the database
// cannot be opened. It says why and offers a way on: restore the newest
// good backup (for a damaged file), open another file, start a new one, or
// quit. The file that failed is never written to.
type openErrorWindow struct {
	win     fyne.Window
	path    string
	files   fileChooser
	opened  func(store *data.Store, path string)
	reason  *widget.Label
	backup  *data.BackupInfo // the newest backup that reads, if any
	restore *widget.Button
	other   *widget.Button
	newDB   *widget.Button
	quit    *widget.Button
	now     func() time.Time
}

// ShowOpenError builds the window that says why the database at path could
// not be opened. When the user gets a database open from it, opened is
// called with the store and its path, and the window closes.
func ShowOpenError(a fyne.App, path string, err error, opened func(store *data.Store, path string)) fyne.Window {
	e := newOpenErrorWindow(a, path, err, nativeChooser{}, opened)
	return e.win
}

func newOpenErrorWindow(a fyne.App, path string, err error, files fileChooser, opened func(*data.Store, string)) *openErrorWindow {
	e := &openErrorWindow{win: a.NewWindow(lang.L("Pacer cannot open its database")), path: path,
		files: files, opened: opened, now: time.Now}
	title := widget.NewLabelWithStyle(lang.L("Pacer cannot open its database"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	file := widget.NewLabel(lang.L("File: {{.Path}}", map[string]any{"Path": path}))
	file.Wrapping = fyne.TextWrapBreak
	e.reason = widget.NewLabel(userMessage(err))
	e.reason.Wrapping = fyne.TextWrapWord
	advice := widget.NewLabel(lang.L("Nothing was changed in this file."))
	advice.Wrapping = fyne.TextWrapWord
	e.other = widget.NewButtonWithIcon(lang.L("Open another file…"), theme.FolderOpenIcon(), e.onOpenOther)
	e.newDB = widget.NewButtonWithIcon(lang.L("New database…"), theme.ContentAddIcon(), e.onNew)
	e.quit = widget.NewButtonWithIcon(lang.L("Quit"), theme.CancelIcon(), a.Quit)
	buttons := container.NewHBox(e.other, e.newDB, layoutSpacer(), e.quit)
	body := container.NewVBox(title, file, e.reason, advice)
	if b := newestGoodBackup(path, err); b != nil {
		e.backup = b
		e.restore = widget.NewButtonWithIcon(lang.L("Restore the backup of {{.Date}}", map[string]any{"Date": backupWhen(*b)}),
			theme.HistoryIcon(), e.onRestore)
		e.restore.Importance = widget.HighImportance
		hint := widget.NewLabel(backupHint(*b))
		hint.Wrapping = fyne.TextWrapWord
		body.Add(hint)
		body.Add(container.NewHBox(e.restore))
	}
	e.win.SetContent(container.NewPadded(newBorder(nil, buttons, nil, nil, body)))
	e.win.SetIcon(a.Icon())
	e.win.Resize(fyne.NewSize(640, 300))
	return e
}

// newestGoodBackup is the newest automatic backup of path that reads, when
// err says the file itself is damaged or unreadable, and that holds goals
// when the file was emptied; a file from a newer Pacer, or one in a
// read-only folder, is not replaced by an older copy.
func newestGoodBackup(path string, err error) *data.BackupInfo {
	switch app.ErrorCode(err) {
	case app.ENotDatabase, app.EInternal:
	default:
		return nil
	}
	backups, lerr := data.ListBackups(context.Background(), path)
	if lerr != nil {
		log.Printf("pacer: %v", lerr)
		return nil
	}
	least := 0
	if info, err := os.Stat(path); err == nil && info.Size() == 0 {
		least = 1 // emptied, as data.Open says when a backup of it has goals: not a backup as empty
	}
	for _, b := range backups {
		if b.Goals >= least {
			return &b
		}
	}
	return nil
}

func (e *openErrorWindow) onRestore() {
	aside, err := data.Restore(context.Background(), e.path, e.backup.Path, e.now())
	if err != nil {
		if aside != "" && !fileExists(e.path) {
			os.Rename(aside, e.path) // never leave the user without their file
		}
		e.fail(err)
		return
	}
	log.Printf("pacer: restored %s from %s; the damaged file is now %s", e.path, e.backup.Path, aside)
	e.open(e.path)
}

func (e *openErrorWindow) onOpenOther() {
	path, err := e.files.openFile(lang.L("Open database"), dbFilter())
	if err != nil {
		e.fail(err)
	} else if path != "" {
		e.open(path)
	}
}

func (e *openErrorWindow) onNew() {
	path, err := e.files.saveFile(lang.L("New database"), "pacer.db", dbFilter())
	switch {
	case err != nil:
		e.fail(err)
	case path == "":
	case fileExists(path):
		e.fail(fieldError{text: lang.L("{{.Path}} already exists. Use Open database to open it.", map[string]any{"Path": path})})
	default:
		e.open(path)
	}
}

// open opens the store at path and hands it on, or says why it could not.
func (e *openErrorWindow) open(path string) {
	store, err := data.Open(context.Background(), path)
	if err != nil {
		e.fail(err)
		return
	}
	fyne.CurrentApp().Preferences().SetString(PrefLastDatabase, path)
	e.opened(store, path)
	e.win.Close()
}

func (e *openErrorWindow) fail(err error) {
	log.Printf("pacer: %v", err)
	e.reason.SetText(userMessage(err))
	e.reason.Importance = widget.DangerImportance
	e.reason.Refresh()
}

// backupHint offers backup b in place of a damaged file.
func backupHint(b data.BackupInfo) string {
	args := map[string]any{"Date": backupWhen(b), "Goals": b.Goals}
	if b.Goals == 1 {
		return lang.L("A backup from {{.Date}} with 1 goal can take its place; the damaged file is set aside beside it, not deleted.", args)
	}
	return lang.L("A backup from {{.Date}} with {{.Goals}} goals can take its place; the damaged file is set aside beside it, not deleted.", args)
}

package views

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"pacer/views/widgets"
)

// databaseFile is the database the shell has open, and what the Settings
// screen does with that file: the shell reopens its screens on another one.
type databaseFile interface {
	filePath() string
	appVersion() string
	isSample() bool
	onNewDatabase()
	onOpenDatabase()
	onSaveCopy()
	onRestore()
	onExportXLSX()
	onExportCSV()
}

// settingsDeps is what the Settings screen uses.
type settingsDeps struct {
	businessDeps
	file databaseFile
}

// settingsScreen shows where Pacer keeps its data and manages that file:
// a new one, another one, a copy, and a restore from the automatic backups.
type settingsScreen struct {
	ui       settingsDeps
	dbPath   *widgets.KeyEntry
	version  *widget.Label
	newDB    *widget.Button
	openDB   *widget.Button
	copyDB   *widget.Button
	restore  *widget.Button
	xlsx     *widget.Button
	csv      *widget.Button
	business *businessSettings
	display  *displaySettings
	team     *teamSettings
	tabs     *container.AppTabs
	content  fyne.CanvasObject
}

func newSettingsScreen(ui settingsDeps) *settingsScreen {
	s := &settingsScreen{ui: ui}
	file := ui.file
	s.dbPath = widgets.NewEntry()
	s.dbPath.SetText(file.filePath())
	// Read-only in effect: the path can be selected and copied, but an edit is undone.
	s.dbPath.OnChanged = func(string) {
		if s.dbPath.Text != file.filePath() {
			s.dbPath.SetText(file.filePath())
		}
	}
	s.version = widget.NewLabel(file.appVersion())
	s.newDB = widget.NewButtonWithIcon(lang.L("New database…"), theme.ContentAddIcon(), file.onNewDatabase)
	s.openDB = widget.NewButtonWithIcon(lang.L("Open database…"), theme.FolderOpenIcon(), file.onOpenDatabase)
	s.copyDB = widget.NewButtonWithIcon(lang.L("Save a copy as…"), theme.DocumentSaveIcon(), file.onSaveCopy)
	s.restore = widget.NewButtonWithIcon(lang.L("Restore from backup…"), theme.HistoryIcon(), file.onRestore)
	s.xlsx = widget.NewButtonWithIcon(lang.L("Export to Excel…"), theme.DownloadIcon(), file.onExportXLSX)
	s.csv = widget.NewButtonWithIcon(lang.L("Export to CSV files…"), theme.DownloadIcon(), file.onExportCSV)
	if file.isSample() {
		for _, b := range []*widget.Button{s.newDB, s.openDB, s.restore} {
			b.Disable()
		}
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Database file"), s.dbPath),
		widget.NewFormItem("", container.NewGridWithColumns(2, s.newDB, s.openDB, s.copyDB, s.restore)),
		widget.NewFormItem(lang.L("Export"), container.NewGridWithColumns(2, s.xlsx, s.csv)),
		widget.NewFormItem(lang.L("Version"), s.version),
	)
	heading := widget.NewLabelWithStyle(lang.L("Settings"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	hint := widget.NewLabel(lang.L("Pacer keeps all your goals and numbers in this one file, and a backup of it each day in the backups folder beside it (the last 7 days and 4 weeks)."))
	hint.Wrapping = fyne.TextWrapWord
	s.business = newBusinessSettings(ui.businessDeps)
	s.display = newDisplaySettings()
	page := func(o ...fyne.CanvasObject) fyne.CanvasObject {
		return container.NewVScroll(container.NewPadded(container.NewVBox(o...)))
	}
	s.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Database file"), theme.StorageIcon(), page(form, hint)),
		container.NewTabItemWithIcon(lang.L("Business"), theme.AccountIcon(), page(s.business.content)),
		container.NewTabItemWithIcon(lang.L("This computer"), theme.ComputerIcon(), page(s.display.content)),
	)
	if host, ok := file.(teamHost); ok {
		s.team = newTeamSettings(host)
		s.tabs.Append(container.NewTabItemWithIcon(lang.L("Team"), theme.MailForwardIcon(), page(s.team.content)))
	}
	s.content = newBorder(container.NewPadded(heading), nil, nil, nil, s.tabs)
	return s
}

// showTeamTab brings the Team tab to the front.
func (s *settingsScreen) showTeamTab() {
	if s.team != nil {
		s.tabs.SelectIndex(len(s.tabs.Items) - 1)
	}
}

// object is the screen's content.
func (s *settingsScreen) object() fyne.CanvasObject { return s.content }

// refresh has nothing to reload: the settings are read as they are shown.
func (s *settingsScreen) refresh() {}

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
	// unbuilt are the pages not shown yet, built when their tab is first
	// selected: the team tab reads the file's link to a server, and laying
	// out every page took most of the screen's 108 ms first showing.
	unbuilt map[*container.TabItem]func() fyne.CanvasObject
	content fyne.CanvasObject

	// businessTab holds the business settings, which Ctrl+S saves.
	businessTab *container.TabItem
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
	s.tabs = s.newTabs(settingsPage(form, hint))
	s.content = newBorder(container.NewPadded(heading), nil, nil, nil, s.tabs)
	return s
}

// newTabs is the screen's tabs, the file's page first and the others
// built when first selected.
func (s *settingsScreen) newTabs(filePage fyne.CanvasObject) *container.AppTabs {
	s.businessTab = s.lazyTab(lang.L("Business"), theme.AccountIcon(), func() fyne.CanvasObject {
		s.business = newBusinessSettings(s.ui.businessDeps)
		return s.business.content
	})
	items := []*container.TabItem{
		container.NewTabItemWithIcon(lang.L("Database file"), theme.StorageIcon(), filePage),
		s.businessTab,
		s.lazyTab(lang.L("This computer"), theme.ComputerIcon(), func() fyne.CanvasObject {
			s.display = newDisplaySettings()
			return s.display.content
		}),
	}
	// All in one go: each tab appended lays out every page again.
	if host, ok := s.ui.file.(teamHost); ok {
		items = append(items, s.lazyTab(lang.L("Team"), theme.MailForwardIcon(), func() fyne.CanvasObject {
			s.team = newTeamSettings(host)
			return s.team.content
		}))
	}
	tabs := container.NewAppTabs(items...)
	tabs.OnSelected = s.onTabSelected
	return tabs
}

// settingsPage is a tab's page: its objects one under the other, scrolled.
func settingsPage(o ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVScroll(container.NewPadded(container.NewVBox(o...)))
}

// lazyTab is a tab whose page build makes when the tab is first selected.
func (s *settingsScreen) lazyTab(text string, icon fyne.Resource, build func() fyne.CanvasObject) *container.TabItem {
	item := container.NewTabItemWithIcon(text, icon, container.NewStack())
	if s.unbuilt == nil {
		s.unbuilt = map[*container.TabItem]func() fyne.CanvasObject{}
	}
	s.unbuilt[item] = build
	return item
}

// onTabSelected builds the selected tab's page if it is shown for the first time.
func (s *settingsScreen) onTabSelected(item *container.TabItem) {
	build, ok := s.unbuilt[item]
	if !ok {
		return
	}
	delete(s.unbuilt, item)
	holder := item.Content.(*fyne.Container)
	holder.Objects = []fyne.CanvasObject{settingsPage(build())}
	holder.Refresh()
}

// showTeamTab brings the Team tab to the front.
func (s *settingsScreen) showTeamTab() {
	if _, ok := s.ui.file.(teamHost); ok {
		s.tabs.SelectIndex(len(s.tabs.Items) - 1)
	}
}

// onShortcutSave saves the business settings when their tab is in front
// and they have changes: the other tabs apply their choices at once or
// have buttons of their own that do more than save.
func (s *settingsScreen) onShortcutSave() {
	if s.business != nil && s.business.changed() && s.tabs.Selected() == s.businessTab {
		s.business.onSave()
	}
}

// object is the screen's content.
func (s *settingsScreen) object() fyne.CanvasObject { return s.content }

// refresh has nothing to reload: the settings are read as they are shown.
func (s *settingsScreen) refresh() {}

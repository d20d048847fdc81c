package views

// wizardDepsOf is what a goal wizard gets in ui's window.
func wizardDepsOf(ui *mainUI) wizardDeps { return wizardDeps{ui, ui.deps.Store} }

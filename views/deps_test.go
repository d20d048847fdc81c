package views

// depsOf is what a screen or dialog with store interface S gets in ui's window.
func depsOf[S any](ui *mainUI) screenDeps[S] { return screenDeps[S]{ui, any(ui.deps.Store).(S)} }

// uiOf is the main window behind a screen's deps.
func uiOf[S any](d screenDeps[S]) *mainUI { return d.shell.(*mainUI) }

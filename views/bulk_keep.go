package views

import (
	"fyne.io/fyne/v2/lang"
)

// onPeriod shows the rows of the period chosen. Values typed for the
// period shown are dropped only after asking; kept, the choice goes back
// to their period.
func (b *bulkCheckIn) onPeriod() {
	i := b.period.SelectedIndex()
	if b.choosing || i == b.shown {
		return
	}
	if b.shown < 0 || b.shown >= len(b.periods) || !b.rows.typed() {
		b.buildRows()
		return
	}
	shown := b.periods[b.shown]
	askUnsaved(b.ui.shell, unsavedQuestion{title: lang.L("Discard the values typed?"),
		text: lang.L("What you typed for {{.Period}} is not saved; choosing another period drops it.",
			map[string]any{"Period": periodName(shown)}),
		discard: b.buildRows,
		keep: func() {
			b.choosing = true
			defer func() { b.choosing = false }()
			b.period.SetSelectedIndex(b.shown)
		},
	})
}

// onClose follows the dialog's closing by Cancel or Escape: values typed
// and not saved are dropped only after asking; kept, the dialog shows again.
func (b *bulkCheckIn) onClose() {
	if b.saved || !b.rows.typed() {
		return
	}
	p, _ := b.selected()
	reopen := func() { b.ui.showDialog(b.dialog) }
	askUnsaved(b.ui.shell, unsavedQuestion{title: lang.L("Discard the values typed?"),
		text: lang.L("What you typed for {{.Period}} is not saved; closing the bulk check-in drops it.",
			map[string]any{"Period": periodName(p)}),
		save: b.onSave, discard: func() {}, keep: reopen,
	})
}

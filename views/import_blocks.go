package views

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app/importer"
	"pacer/views/widgets"
)

// buildBlocks makes the block choice and its hint, shown once the rows
// of the file are found to fall in blocks of the same periods (findBlocks).
func (v *importView) buildBlocks() {
	v.blocks = importer.Blocks{Column: -1, Actual: -1}
	v.blockHint = widget.NewLabel("")
	v.blockHint.Wrapping = fyne.TextWrapWord
	v.block = widgets.NewSelect(nil, func(string) { v.onBlock() })
}

// showBlockItems puts the block choice and its hint at the end of the
// form when the file has blocks, and takes them out when it has none.
func (v *importView) showBlockItems() {
	if v.form == nil {
		return
	}
	items := v.form.Items
	if n := len(items); n >= 2 && items[n-2].Widget == v.block {
		items = items[:n-2]
	}
	v.form.Items = append(items, v.blockFormItems()...)
	v.form.Refresh()
}

// blockFormItems is the block choice and its hint, none for a file
// without blocks.
func (v *importView) blockFormItems() []*widget.FormItem {
	if v.blocks.Column < 0 {
		return nil
	}
	return []*widget.FormItem{widget.NewFormItem(lang.L("Block"), v.block), widget.NewFormItem("", v.blockHint)}
}

// blocksShown reports whether the form offers the block choice.
func (v *importView) blocksShown() bool {
	return v.form != nil && slices.ContainsFunc(v.form.Items, func(it *widget.FormItem) bool { return it.Widget == v.block })
}

// findBlocks finds the blocks of the file (实际 and 预算: importer.FindBlocks)
// beside the date column chosen, which their labels' column cannot be, so
// that a change of date column finds them again. The block chosen stays
// chosen while it is one; else the actuals' block is, and when none reads
// as the actuals none is, and the hint asks for one, as the import would
// add them up.
func (v *importView) findBlocks() {
	if v.block == nil {
		return
	}
	found := importer.FindBlocks(v.table, v.dateCol.SelectedIndex())
	if found.Column == v.blocks.Column && slices.Equal(found.Labels, v.blocks.Labels) {
		return
	}
	chosen, column := v.chosenBlock().Label, v.blocks.Column
	v.blocks = found
	changed := v.block.OnChanged
	v.block.OnChanged = nil // the choice is set, not made
	v.block.Options = found.Labels
	v.block.ClearSelected()
	if slices.Contains(found.Labels, chosen) {
		v.block.SetSelected(chosen)
	} else if found.Actual >= 0 {
		v.block.SetSelectedIndex(found.Actual)
	}
	v.block.OnChanged = changed
	if found.Column >= 0 {
		v.refreshBlockHint()
	}
	v.showBlockItems()
	if v.built {
		v.fillPreview()
		if column != found.Column && v.isWide() { // the labels' column is no goal's
			v.rebuildGoalMap()
		}
	}
}

// chooseBlock chooses the block labelled label, the one chosen when a
// file of this layout was last imported, when the file has it.
func (v *importView) chooseBlock(label string) {
	if label != "" && slices.Contains(v.blocks.Labels, label) {
		v.block.SetSelected(label)
	}
}

// onBlock follows the choice of block: the preview shows its rows.
func (v *importView) onBlock() {
	v.refreshBlockHint()
	v.fillPreview()
	v.invalidate()
}

// refreshBlockHint says, below the block choice, which rows are read, or
// asks for a block when none is chosen.
func (v *importView) refreshBlockHint() {
	args := map[string]any{"Blocks": quotedNames(v.blocks.Labels), "Block": v.chosenBlock().Label}
	if v.chosenBlock().Label == "" {
		v.blockHint.Importance = widget.WarningImportance
		v.blockHint.SetText(lang.L("The rows of this file fall in blocks of the same periods ({{.Blocks}}), and none reads as the actuals: choose the block to import. Their values must not add up.", args))
		return
	}
	v.blockHint.Importance = widget.MediumImportance
	v.blockHint.SetText(lang.L("The rows of this file fall in blocks of the same periods ({{.Blocks}}): only those of “{{.Block}}” are imported.", args))
}

// chosenBlock is the block the import reads; its Label is empty when
// the file has no blocks or none is chosen.
func (v *importView) chosenBlock() importer.BlockChoice {
	if v.block == nil || v.blocks.Column < 0 || v.block.SelectedIndex() < 0 {
		return importer.BlockChoice{Column: -1}
	}
	return importer.BlockChoice{Column: v.blocks.Column, Label: v.blocks.Labels[v.block.SelectedIndex()]}
}

// previewIndexes are the rows of the file, at most n, the preview shows:
// the first ones, or with a block chosen those down to the header and
// then the block's, so that the preview shows its numbers only.
func (v *importView) previewIndexes(n int) []int {
	label := v.chosenBlock().Label
	at := make([]int, 0, n)
	block := ""
	for r := 0; r < len(v.table.Rows) && len(at) < n; r++ {
		if text := strings.TrimSpace(v.table.Cell(r, v.blocks.Column).Text); label != "" && text != "" {
			block = text
		}
		if label == "" || !v.isDataRow(r) || block == label {
			at = append(at, r)
		}
	}
	return at
}

// otherBlocksText counts the rows of the blocks not chosen, left out.
func otherBlocksText(plan *importer.ImportPlan) string {
	switch plan.OtherBlocks {
	case 0:
		return ""
	case 1:
		return lang.L("1 row of another block is left out, as chosen.")
	}
	return lang.L("{{.N}} rows of other blocks are left out, as chosen.", map[string]any{"N": countText(plan.OtherBlocks)})
}

// quotedNames are names in quotes, listed.
func quotedNames(names []string) string {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "“" + n + "”"
	}
	return strings.Join(quoted, lang.L(", "))
}

// titledGoal is the index in v.goals of the goal titled key, or own,
// the name of an actuals' column under its block (北京店 under 实际), case
// and outer spaces aside; -1 when none is, severalTitled when several
// are (Revenue for 2026 and for 2027): either would be a guess.
func (v *importView) titledGoal(key, own string) int {
	found := -1
	for i, g := range v.goals {
		title := strings.TrimSpace(g.Title)
		if !strings.EqualFold(title, strings.TrimSpace(key)) && (own == "" || !strings.EqualFold(title, strings.TrimSpace(own))) {
			continue
		}
		if found >= 0 {
			return severalTitled
		}
		found = i
	}
	return found
}

// severalTitled is titledGoal's answer for a name several goals have.
const severalTitled = -2

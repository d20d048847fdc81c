package views

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"pacer/app/importer"
	"pacer/views/widgets"
)

// buildBlocks offers the blocks of a file whose rows fall in blocks of
// the same periods (实际 and 预算: importer.FindBlocks), on the block of
// the actuals; when no block reads as the actuals, none is chosen and
// the hint asks for one, as the import would add them up.
func (v *importView) buildBlocks() {
	v.blocks = importer.FindBlocks(v.table, importer.GuessDateColumn(v.table))
	v.blockHint = widget.NewLabel("")
	v.blockHint.Wrapping = fyne.TextWrapWord
	if v.blocks.Column < 0 {
		return
	}
	v.block = widgets.NewSelect(v.blocks.Labels, nil)
	if v.blocks.Actual >= 0 {
		v.block.SetSelectedIndex(v.blocks.Actual)
	}
	v.block.OnChanged = func(string) { v.onBlock() }
	v.refreshBlockHint()
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
	if v.block == nil || v.block.SelectedIndex() < 0 {
		return importer.BlockChoice{Column: -1}
	}
	return importer.BlockChoice{Column: v.blocks.Column, Label: v.blocks.Labels[v.block.SelectedIndex()]}
}

// blockFormItems is the block choice and its hint, none for a file
// without blocks.
func (v *importView) blockFormItems() []*widget.FormItem {
	if v.block == nil {
		return nil
	}
	return []*widget.FormItem{widget.NewFormItem(lang.L("Block"), v.block), widget.NewFormItem("", v.blockHint)}
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

// titledGoal is the index in v.goals of the last goal titled key, or
// own, the name of an actuals' column under its block (北京店 under
// 实际), case and outer spaces aside; -1 when none is.
func (v *importView) titledGoal(key, own string) int {
	found := -1
	for i, g := range v.goals {
		title := strings.TrimSpace(g.Title)
		if strings.EqualFold(title, strings.TrimSpace(key)) || own != "" && strings.EqualFold(title, strings.TrimSpace(own)) {
			found = i
		}
	}
	return found
}

package views

import (
	"context"
	"strings"
	"testing"
)

// TestImportRemembersBlock imports the budget block of a file of blocks
// (实际, 预算): the next file of the same layout opens on the budget,
// where it opened on the actuals again and the user had to choose anew.
func TestImportRemembersBlock(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "北京店")
	ui.files = &fakeChooser{path: writeImportFile(t, "stores.csv", []byte(strings.Replace(blocksCSV, "%s", "预算", 1)))}
	v := openImport(depsOf[importStore](ui), nil)
	if v == nil || v.block.Selected != "实际" {
		t.Fatal("the file does not open on the actuals")
	}
	v.block.SetSelected("预算")
	checkAndWait(t, v)
	v.onImport()
	if c, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-Q1"); err != nil || c.Value != 6000 {
		t.Fatalf("budget imported: %+v, %v", c, err)
	}
	ui.files = &fakeChooser{path: writeImportFile(t, "stores.csv", []byte(strings.Replace(blocksCSV, "%s", "预算", 1)))}
	again := openImport(depsOf[importStore](ui), nil)
	if again == nil || again.block.Selected != "预算" || !strings.Contains(again.blockHint.Text, "“预算”") {
		t.Fatalf("block %q, hint %q; want 预算 remembered", again.block.Selected, again.blockHint.Text)
	}
}

// blocksTotalsCSV is blocksCSV with the budget's label, each block
// followed by its total, and a grand total: the month column holds too
// many totals to be guessed the date column.
const blocksTotalsCSV = ",月份,北京店\n实际,2023年1月,100\n,2023年2月,200\n,2023年3月,300\n,2023年4月,400\n,2023年5月,500\n,合计,1500\n" +
	"预算,2023年1月,1000\n,2023年2月,2000\n,2023年3月,3000\n,2023年4月,4000\n,2023年5月,5000\n,合计,15000\n,总计,16500\n"

// TestImportBlocksFollowDateColumn opens a file of blocks whose month
// column holds totals (合计) too many to be guessed the date column: the
// first column, the blocks' labels, is guessed, and no block is found
// beside it. Choosing 月份 finds the blocks, on the actuals, and Q1 reads
// 600, where the blocks stayed unfound and both were added up.
func TestImportBlocksFollowDateColumn(t *testing.T) {
	v, _ := openStoresCSV(t, blocksTotalsCSV)
	if v.dateCol.SelectedIndex() != 0 || v.blocks.Column >= 0 || v.blocksShown() {
		t.Fatalf("date column %d, blocks in column %d: want the labels guessed, no blocks", v.dateCol.SelectedIndex(), v.blocks.Column)
	}
	v.dateCol.SetSelectedIndex(1)
	if v.blocks.Column != 0 || v.block.Selected != "实际" || !v.blocksShown() {
		t.Fatalf("blocks in column %d, %q chosen: want 实际 of column 1", v.blocks.Column, v.block.Selected)
	}
	v.wide.SetSelected(v.wide.Options[1])
	checkAndWait(t, v)
	if v.plan == nil || len(v.plan.Periods) == 0 || v.plan.Periods[0].PeriodKey != "2023-Q1" || v.plan.Periods[0].Value != 600 {
		t.Fatalf("check: %s", v.result.Text)
	}
	v.dateCol.SetSelectedIndex(0)
	if v.blocks.Column >= 0 || v.blocksShown() || v.chosenBlock().Label != "" {
		t.Errorf("blocks still in column %d with the labels as dates", v.blocks.Column)
	}
}

// TestImportRemembersBlockBesideDateColumnChosen imports the budget of
// blocksTotalsCSV, its month column chosen by hand: the next file of the
// layout opens on that date column, with its blocks found beside it and
// the budget chosen. The blocks were found beside the guessed date
// column, the blocks' own, so none was offered.
func TestImportRemembersBlockBesideDateColumnChosen(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "北京店")
	path := writeImportFile(t, "stores.csv", []byte(blocksTotalsCSV))
	ui.files = &fakeChooser{path: path}
	v := openImport(depsOf[importStore](ui), nil)
	v.dateCol.SetSelectedIndex(1)
	v.wide.SetSelected(v.wide.Options[1])
	v.block.SetSelected("预算")
	checkAndWait(t, v)
	v.onImport()
	if c, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-Q1"); err != nil || c.Value != 6000 {
		t.Fatalf("budget imported: %+v, %v (%s)", c, err, v.result.Text)
	}
	again := openImport(depsOf[importStore](ui), nil)
	if again.dateCol.SelectedIndex() != 1 || again.blocks.Column != 0 || again.block.Selected != "预算" || !again.blocksShown() {
		t.Fatalf("date column %d, blocks in column %d, %q chosen; want 预算 beside 月份", again.dateCol.SelectedIndex(), again.blocks.Column, again.block.Selected)
	}
}

// TestImportBlocksFollowHeaderRow imports the budget of blocksTotalsCSV,
// its month column chosen by hand, then opens the same table under a
// title: read from the title's row, the file has no blocks; read from
// its header again, the layout's date column is recalled and the blocks
// are found beside it, on the budget.
func TestImportBlocksFollowHeaderRow(t *testing.T) {
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "北京店")
	ui.files = &fakeChooser{path: writeImportFile(t, "stores.csv", []byte(blocksTotalsCSV))}
	v := openImport(depsOf[importStore](ui), nil)
	v.dateCol.SetSelectedIndex(1)
	v.wide.SetSelected(v.wide.Options[1])
	v.block.SetSelected("预算")
	checkAndWait(t, v)
	v.onImport()
	if c, err := store.CheckInByPeriod(context.Background(), g.ID, "2023-Q1"); err != nil || c.Value != 6000 {
		t.Fatalf("budget imported: %+v, %v (%s)", c, err, v.result.Text)
	}
	ui.files = &fakeChooser{path: writeImportFile(t, "titled.csv", []byte("门店月报,,\n"+blocksTotalsCSV))}
	titled := openImport(depsOf[importStore](ui), nil)
	titled.headerRow.SetSelectedIndex(0)
	top := titled.next
	if top == nil || top.blocksShown() {
		t.Fatal("read from the title's row, the file offers blocks")
	}
	top.headerRow.SetSelectedIndex(1)
	again := top.next
	if again == nil || again.dateCol.SelectedIndex() != 1 || again.blocks.Column != 0 || again.block.Selected != "预算" || !again.blocksShown() {
		t.Fatalf("read from its header: want 预算 beside 月份, got %+v", again.blocks)
	}
}

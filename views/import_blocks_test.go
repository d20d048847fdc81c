package views

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"pacer/app"
)

// blocksCSV holds five months of actuals and the same five months of
// budget, each label over the blank cells of its block.
const blocksCSV = ",月份,北京店\n实际,2023年1月,100\n,2023年2月,200\n,2023年3月,300\n,2023年4月,400\n,2023年5月,500\n" +
	"%s,2023年1月,1000\n,2023年2月,2000\n,2023年3月,3000\n,2023年4月,4000\n,2023年5月,5000\n"

// openStoresCSV opens the import of csv for a quarterly goal 北京店.
func openStoresCSV(t *testing.T, csv string) (*importView, app.Goal) {
	t.Helper()
	ui, _, store := newStoreUI(t)
	g := saveSeedGoal(t, store, "北京店")
	path := filepath.Join(t.TempDir(), "stores.csv")
	if err := os.WriteFile(path, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	v := openImport(depsOf[importStore](ui), nil)
	if v == nil {
		t.Fatal("no import view")
	}
	return v, g
}

// openBlocks opens the import of csv, a file of blocks, for 北京店.
func openBlocks(t *testing.T, csv string) *importView {
	t.Helper()
	v, _ := openStoresCSV(t, csv)
	if v.blocks.Column < 0 || !v.blocksShown() {
		t.Fatal("no block choice")
	}
	return v
}

// TestImportBlockChoiceChangesPreview imports a file of an actual and a
// budget block of the same months: Q1 was written 6,600, actuals and
// budget added up. The actuals are chosen, the preview shows their rows,
// and Q1 is 600; choosing the budget shows its rows and writes 6,000.
func TestImportBlockChoiceChangesPreview(t *testing.T) {
	v := openBlocks(t, strings.Replace(blocksCSV, "%s", "预算", 1))
	if got := v.block.Selected; got != "实际" {
		t.Fatalf("block %q, want 实际", got)
	}
	checkQ1 := func(want float64) {
		t.Helper()
		checkAndWait(t, v)
		if v.plan == nil || len(v.plan.Periods) == 0 || v.plan.Periods[0].PeriodKey != "2023-Q1" || v.plan.Periods[0].Value != want {
			t.Fatalf("periods %+v (%s), want 2023-Q1 = %v", v.plan, v.result.Text, want)
		}
	}
	previewRow := func(r int) string { return v.previewRows[r][0].Text + "|" + v.previewRows[r][2].Text }
	if got := previewRow(1); got != "实际|100" {
		t.Errorf("preview row 1 %q, want 实际|100", got)
	}
	checkQ1(600)
	v.block.SetSelected("预算")
	if got, last := previewRow(1), previewRow(5); got != "预算|1000" || last != "|5000" {
		t.Errorf("preview rows %q … %q, want the budget's", got, last)
	}
	checkQ1(6000)
	if !strings.Contains(v.result.Text, "5") || v.plan.OtherBlocks != 5 {
		t.Errorf("other block rows %d: %s", v.plan.OtherBlocks, v.result.Text)
	}
}

// TestImportBlockAsksWithoutActuals opens blocks of which none reads as
// the actuals (预算, 计划): none is chosen, the hint asks for one, and
// the check refuses to add them up.
func TestImportBlockAsksWithoutActuals(t *testing.T) {
	v := openBlocks(t, strings.Replace(strings.Replace(blocksCSV, "实际", "预算", 1), "%s", "计划", 1))
	if v.block.SelectedIndex() >= 0 || v.blockHint.Importance != widget.WarningImportance || !strings.Contains(v.blockHint.Text, "choose the block") {
		t.Fatalf("block %q, hint %q", v.block.Selected, v.blockHint.Text)
	}
	checkAndWait(t, v)
	if v.plan != nil || !strings.Contains(v.result.Text, "choose the block to import") {
		t.Fatalf("checked without a block: %s", v.result.Text)
	}
	v.block.SetSelected("计划")
	checkAndWait(t, v)
	if v.plan == nil || v.plan.Periods[0].Value != 6000 {
		t.Fatalf("block 计划: %s", v.result.Text)
	}
}

// TestImportActualBlockColumnsMatchGoals opens months down the rows under
// a header of two rows, 实际 and 预算 over the same stores: the goal 北京店
// takes the actuals' 北京店, not the budget's, where it took neither and
// had to be chosen by hand.
func TestImportActualBlockColumnsMatchGoals(t *testing.T) {
	v, g := openStoresCSV(t, ",预算,,实际,\n月份,北京店,上海店,北京店,上海店\n2023年1月,1000,10,100,1\n2023年2月,2000,20,200,2\n")
	for _, s := range v.sources {
		if fed := s.goal.SelectedIndex() > 0 && v.goals[s.goal.SelectedIndex()-1].ID == g.ID; fed != (s.col == 3) {
			t.Errorf("column %d feeds 北京店: %v", s.col+1, fed)
		}
	}
	checkAndWait(t, v)
	if v.plan == nil || len(v.plan.Periods) != 1 || v.plan.Periods[0].Value != 300 {
		t.Fatalf("check: %s", v.result.Text)
	}
}

// TestImportMonthBlocksTurned imports a report whose months run across
// its columns in two blocks, 实际 and 预算: the screen told the user to
// turn it in Excel; it is now turned, offers its blocks on the actuals,
// and imports them alone, never their sum.
func TestImportMonthBlocksTurned(t *testing.T) {
	v, g := openStoresCSV(t, "门店,实际,,,预算,,\n,2023年1月,2023年2月,2023年3月,2023年1月,2023年2月,2023年3月\n北京店,100,200,300,1000,2000,3000\n")
	if v.table.Turned == nil || v.block == nil || v.block.Selected != "实际" {
		t.Fatalf("turned %v, block choice %v", v.table.Turned != nil, v.block)
	}
	if !strings.Contains(v.turnHint.Text, "Block choice") {
		t.Errorf("turn line %q", v.turnHint.Text)
	}
	checkAndWait(t, v)
	importQ1(t, v, g, 600)
}

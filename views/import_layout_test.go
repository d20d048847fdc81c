package views

import (
	"testing"
)

// TestImportGuessesTwoAmountsWide opens a file of a date and two amounts
// (日期, 销售额, 成本), as a shop's ledger holds them: the view took the
// three columns for the long layout, and listed each amount of 销售额 as
// a goal name to map. It guesses the wide layout, a goal for each amount
// column, each on the goal of its title.
func TestImportGuessesTwoAmountsWide(t *testing.T) {
	ui, _, store := newStoreUI(t)
	sales := saveSeedGoal(t, store, "销售额")
	csv := "日期,销售额,成本\n2023/1/5,\"1,234.50\",\"1,000.00\"\n2023/2/5,99.99,50.00\n2023/3/5,870.00,50.00\n"
	ui.files = &fakeChooser{path: writeImportFile(t, "ledger.csv", []byte(csv))}
	v := openImport(depsOf[importStore](ui), nil)
	if v == nil {
		t.Fatal("no import view")
	}
	if !v.isWide() || len(v.goalSel) != 2 || v.goalSel["销售额"] == nil || v.goalSel["成本"] == nil {
		t.Fatalf("wide %v, goal map %v", v.isWide(), v.goalSel)
	}
	if i := v.goalSel["销售额"].SelectedIndex(); i < 1 || v.goals[i-1].ID != sales.ID {
		t.Errorf("销售额 maps to choice %d", i)
	}
}

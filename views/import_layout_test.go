package views

import (
	"testing"

	"pacer/app"
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

// TestImportSameNamedColumns opens a file whose header names two columns
// 金额: both value rows of the goal map fed from the first 金额 column, so
// the second's amounts imported as the first's without a word. Each
// column is its own, named with its number.
func TestImportSameNamedColumns(t *testing.T) {
	csv := "日期,金额,金额\n2023/1/5,300,80\n2023/2/5,500,120\n2023/3/5,410,600\n"
	v, income, spending := openLedger(t, csv)
	if names := v.columnNames(); names[1] == names[2] {
		t.Fatalf("column names %q", names)
	}
	importLedger(t, v, income, spending, 1, 2)
}

// TestImportTwoRowHeader opens a ledger whose header is two rows, as
// Chinese reports lay out income and spending (收入 and 支出 above 数量
// and 金额 each). Its second row was read as data and refused as no date,
// and "Import without these rows" left every goal out; now the table
// starts at that row and each column is named by both rows.
func TestImportTwoRowHeader(t *testing.T) {
	csv := "日期,收入,,支出,\n,数量,金额,数量,金额\n2023/1/5,3,300,1,80\n2023/2/5,5,500,2,120\n2023/3/5,4,410,6,600\n"
	v, income, spending := openLedger(t, csv)
	names := v.columnNames()
	if v.headerRow.SelectedIndex() != 1 || names[2] != "收入 · 金额" || names[4] != "支出 · 金额" {
		t.Fatalf("header row %d, column names %q", v.headerRow.SelectedIndex(), names)
	}
	importLedger(t, v, income, spending, 2, 4)
}

// openLedger opens csv for import beside two goals, Income and Spending.
func openLedger(t *testing.T, csv string) (*importView, app.Goal, app.Goal) {
	t.Helper()
	ui, _, store := newStoreUI(t)
	income, spending := saveSeedGoal(t, store, "Income"), saveSeedGoal(t, store, "Spending")
	ui.files = &fakeChooser{path: writeImportFile(t, "ledger.csv", []byte(csv))}
	v := openImport(depsOf[importStore](ui), nil)
	if v == nil || !v.isWide() {
		t.Fatal("no import view of one value column a goal")
	}
	return v, income, spending
}

// importLedger maps column in to income and out to spending, checks the
// import and wants 1210 for income and 800 for spending.
func importLedger(t *testing.T, v *importView, income, spending app.Goal, in, out int) {
	t.Helper()
	for _, r := range v.sources {
		for i, g := range v.goals {
			if r.col == in && g.ID == income.ID || r.col == out && g.ID == spending.ID {
				r.goal.SetSelectedIndex(i + 1)
			}
		}
	}
	checkAndWait(t, v)
	if v.plan == nil {
		t.Fatalf("no plan: %s", v.result.Text)
	}
	got := map[int64]float64{}
	for _, p := range v.plan.Periods {
		got[p.GoalID] += p.Value
	}
	if got[income.ID] != 1210 || got[spending.ID] != 800 || len(v.plan.Rejected) > 0 {
		t.Errorf("income %v, spending %v, rejected %+v; want 1210 and 800", got[income.ID], got[spending.ID], v.plan.Rejected)
	}
}

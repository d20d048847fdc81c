package views

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"pacer/app"
)

// openImportOf opens the import of a file holding content, with the app
// set to decimal commas or not.
func openImportOf(t *testing.T, content string, comma bool) (*importView, app.Goal) {
	t.Helper()
	ui, _, store := newStoreUI(t)
	if err := store.SetSetting(context.Background(), settingDecimalComma, strconv.FormatBool(comma)); err != nil {
		t.Fatal(err)
	}
	g := saveSeedGoal(t, store, "Sales")
	path := filepath.Join(t.TempDir(), "sales.csv")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	ui.files = &fakeChooser{path: path}
	v := openImport(depsOf[importStore](ui), func() {})
	if v == nil {
		t.Fatal("no import view")
	}
	return v, g
}

// TestImportDecimalsFromTheFile opens files whose numbers the app's
// setting would misread: the decimal comma choice follows the file when
// it is clear, and a warning beside it says when it is not.
func TestImportDecimalsFromTheFile(t *testing.T) {
	for _, tc := range []struct {
		name, csv      string
		setting, comma bool
		hint           bool
		q1             float64 // the Q1 value the check works out, if any: the goal keeps no decimals
	}{
		// Every number reads either way and only the semicolon says decimal
		// commas: the choice follows it, and the warning says to check.
		{"GermanSemicolons", "Datum;Umsatz\n15.01.2023;12.500\n15.02.2023;8.250\n15.03.2023;1.000\n", false, true, true, 21_750},
		{"GermanUnambiguous", "Datum,Umsatz\n15.01.2023,\"1.234,00\"\n15.02.2023,\"12.500\"\n", false, true, false, 13_734},
		{"USUnambiguous", "Datum;Sales\n2023-01-15;1,234.00\n2023-02-15;1,500\n", true, false, false, 2_734},
		{"USAmbiguous", "Date,Sales\n2023-01-15,\"1,500\"\n2023-02-15,\"2,250\"\n", true, true, true, 0},
		{"PlainNumbers", "Date,Sales\n2023-01-15,1500\n2023-02-15,2250\n", true, true, false, 3_750},
		{"NoSuggestion", "Date\tSales\n2023-01-15\t1.500\n", false, false, true, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, g := openImportOf(t, tc.csv, tc.setting)
			if v.comma.Checked != tc.comma || v.commaHint.Hidden == tc.hint {
				t.Fatalf("decimal comma %v, warning shown %v; want %v, %v", v.comma.Checked, !v.commaHint.Hidden, tc.comma, tc.hint)
			}
			if tc.hint && v.commaHint.Text == "" {
				t.Error("the warning says nothing")
			}
			if tc.q1 == 0 {
				return
			}
			v.goalSel[v.table.Header[1]].SetSelectedIndex(goalIndex(v, g) + 1)
			checkAndWait(t, v)
			if v.plan == nil || len(v.plan.Periods) != 1 || v.plan.Periods[0].Value != tc.q1 {
				t.Fatalf("plan %+v; want Q1 = %v", v.plan, tc.q1)
			}
		})
	}
}

// TestImportDecimalWarningFollowsTheChoice switches the decimal comma of an
// ambiguous US file: the warning goes when the choice agrees with the
// file, and comes back when it does not.
func TestImportDecimalWarningFollowsTheChoice(t *testing.T) {
	v, g := openImportOf(t, "Date,Sales\n2023-01-15,\"1,500\"\n", true)
	if v.commaHint.Hidden {
		t.Fatal("no warning for 1,500 read with a decimal comma in a comma-separated file")
	}
	v.comma.SetChecked(false)
	if !v.commaHint.Hidden {
		t.Error("the warning stays once the choice agrees with the file")
	}
	v.goalSel["Sales"].SetSelectedIndex(goalIndex(v, g) + 1)
	checkAndWait(t, v)
	if v.plan == nil || len(v.plan.Periods) != 1 || v.plan.Periods[0].Value != 1500 {
		t.Fatalf("plan %+v; want Q1 = 1500", v.plan)
	}
	v.comma.SetChecked(true)
	if v.commaHint.Hidden {
		t.Error("no warning when the choice goes against the file again")
	}
}

// goalIndex is the index of g among the goals the view offers.
func goalIndex(v *importView, g app.Goal) int {
	for i, goal := range v.goals {
		if goal.ID == g.ID {
			return i
		}
	}
	return -1
}

// TestImportDecimalsOfTheFileOverTheLayoutRemembered imports a file of
// plain numbers with the app set to decimal commas, which remembers the
// box ticked for its layout. The next file of that layout wrote 1,234.00:
// the box opened ticked as remembered, without a warning, and every row
// was refused as no number. The file's own numbers now decide, as its
// dates decide their order; the choice remembered still settles a file
// whose numbers read either way (1,500), with the warning, and so a
// semicolon file of the layout, where it outweighs the separator's guess.
func TestImportDecimalsOfTheFileOverTheLayoutRemembered(t *testing.T) {
	ui, _, store := newStoreUI(t)
	if err := store.SetSetting(context.Background(), settingDecimalComma, "true"); err != nil {
		t.Fatal(err)
	}
	g := saveSeedGoal(t, store, "Sales")
	open := func(csv string) *importView {
		ui.files = &fakeChooser{path: writeImportFile(t, "sales.csv", []byte(csv))}
		v := openImport(depsOf[importStore](ui), nil)
		if v == nil || v.goalSel["Sales"] == nil {
			t.Fatal("no import view of the Sales column")
		}
		v.goalSel["Sales"].SetSelectedIndex(goalIndex(v, g) + 1)
		return v
	}
	importQ1 := func(v *importView, want float64) {
		t.Helper()
		checkAndWait(t, v)
		if v.plan == nil || len(v.plan.Rejected) > 0 || len(v.plan.Periods) != 1 || v.plan.Periods[0].Value != want {
			t.Fatalf("check: %s; want Q1 = %v", v.result.Text, want)
		}
		v.onImport()
	}
	v := open("Date,Sales\n2023-01-15,1500\n2023-02-15,2250\n")
	if !v.comma.Checked {
		t.Fatal("plain numbers are not read as the setting says")
	}
	importQ1(v, 3_750)

	if v = open("Date,Sales\n2023-01-15,\"1,500\"\n"); !v.comma.Checked || v.commaHint.Hidden {
		t.Errorf("1,500: decimal comma %v, warning shown %v; want the layout's comma, with the warning", v.comma.Checked, !v.commaHint.Hidden)
	}
	v = open("Date,Sales\n2023-03-15,\"1,234.00\"\n2023-03-16,\"2,000.00\"\n")
	if v.comma.Checked || !v.commaHint.Hidden {
		t.Fatalf("1,234.00: decimal comma %v, warning shown %v; want decimal points, no warning", v.comma.Checked, !v.commaHint.Hidden)
	}
	importQ1(v, 3_234)

	if v = open("Date;Sales\n2023-01-15;12,000\n"); v.comma.Checked || v.commaHint.Hidden {
		t.Errorf("12,000 with semicolons: decimal comma %v, warning shown %v; want the points last imported, with the warning", v.comma.Checked, !v.commaHint.Hidden)
	}
}

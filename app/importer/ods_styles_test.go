package importer

import (
	"bytes"
	"testing"
)

// odsStylesSeed declares number and cell styles inline, as content.xml's
// automatic styles do, for odsFile's body.
const odsStylesSeed = `<office:automatic-styles xmlns:style="` + odsStyleNS + `" xmlns:number="` + odsNumberNS + `">` +
	`<number:number-style style:name="K"><number:number number:decimal-places="0" number:display-factor="1000"/></number:number-style>` +
	`<number:number-style style:name="W3"><number:number number:decimal-places="0" number:min-integer-digits="4"><number:embedded-text number:position="3">.</number:embedded-text></number:number></number:number-style>` +
	`<number:number-style style:name="D"><number:number number:decimal-places="2"><number:embedded-text number:position="3">.</number:embedded-text></number:number></number:number-style>` +
	`<number:number-style style:name="P"><number:number number:decimal-places="0"/></number:number-style>` +
	`<number:number-style style:name="M"><number:number number:decimal-places="0"/><style:map style:condition="value()&gt;=0" style:apply-style-name="K"/></number:number-style>` +
	`<style:style style:name="k" style:family="table-cell" style:data-style-name="K"/>` +
	`<style:style style:name="child" style:family="table-cell" style:parent-style-name="k"/>` +
	`<style:style style:name="w3" style:family="table-cell" style:data-style-name="W3"/>` +
	`<style:style style:name="d" style:family="table-cell" style:data-style-name="D"/>` +
	`<style:style style:name="m" style:family="table-cell" style:data-style-name="M"/>` +
	`<style:style style:name="loop" style:family="table-cell" style:parent-style-name="loop"/>` +
	`<style:style style:name="Default" style:family="table-cell"/>` +
	`</office:automatic-styles>`

// TestODSStyleScaled tells an .ods number shown divided by a power of ten
// from its cell's number style: a display factor or a point embedded in
// its digits, through a parent style, a column's or row's default style
// and a map by value; a style the file does not define leaves it to the
// text (odsScaled).
func TestODSStyleScaled(t *testing.T) {
	for _, tc := range []struct {
		name, column, row, cell, text string
		value                         string
		want                          bool
	}{
		{"ColumnFactor", "k", "", "", "0", "400", true},
		{"RowDefault", "", "k", "", "0", "400", true},
		{"CellOverColumn", "k", "", "d", "400.00", "400", false},
		{"Parent", "", "", "child", "2", "1500", true},
		{"EmbeddedPoint", "w3", "", "", "123.450", "123450", true},
		{"DecimalPoint", "", "", "d", "123.45", "123.45", false},
		{"MapMatches", "m", "", "", "5", "5000", true},
		{"MapFails", "m", "", "", "-5000", "-5000", false},
		{"General", "", "", "", "1,235", "1234567", false},
		{"UndefinedGuesses", "", "", "nowhere", "1,235", "1234567", true},
		{"LoopGuesses", "", "", "loop", "0", "400", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := odsStylesSeed + `<table:table-column table:default-cell-style-name="` + tc.column + `"/>` +
				`<table:table-row table:default-cell-style-name="` + tc.row + `"><table:table-cell table:style-name="` + tc.cell +
				`" office:value-type="float" office:value="` + tc.value + `"><text:p>` + tc.text + `</text:p></table:table-cell></table:table-row>`
			tab, err := ReadTable(bytes.NewReader(odsFile(t, body, nil)), "a.ods")
			if err != nil {
				t.Fatal(err)
			}
			if c := tab.Cell(0, 0); c.Kind != CellNumber || c.Scaled != tc.want {
				t.Errorf("cell %+v, want Scaled %v", c, tc.want)
			}
		})
	}
}

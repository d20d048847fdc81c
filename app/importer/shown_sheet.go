package importer

// readShownSheet reads the named sheet of workbook b with read; with no
// name, when the sheet read shows nothing, the first other visible sheet
// that shows something, as readXLSX picks one (xlsxShownRows): an empty
// Sheet1 before the data's sheet, as old Excel's three default sheets
// leave a workbook, made its import refused as holding no rows.
func readShownSheet(read func([]byte, string) (Table, error), b []byte, sheet string) (Table, error) {
	t, err := read(b, sheet)
	if err != nil || sheet != "" || !importBlankTable(t) {
		return t, err
	}
	for _, other := range t.Sheets {
		if other == t.Sheet || t.Hidden[other] {
			continue
		}
		if o, err := read(b, other); err == nil && !importBlankTable(o) {
			return o, nil
		}
	}
	return t, nil
}

// importBlankTable reports whether every row of t is blank.
func importBlankTable(t Table) bool {
	for _, row := range t.Rows {
		if !importBlankRow(row) {
			return false
		}
	}
	return true
}

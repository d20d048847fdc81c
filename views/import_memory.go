package views

import (
	"encoding/json"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"pacer/app"

	"pacer/app/importer"
)

// savedMapping is an import mapping as remembered for a file layout: by
// column index and goal ID, so the next file of the same layout opens mapped.
type savedMapping struct {
	Wide     bool             `json:"wide"`
	Date     int              `json:"date"`
	Goal     int              `json:"goal"`
	Value    int              `json:"value"`
	Header   bool             `json:"header"`
	DayFirst bool             `json:"day_first"`
	Comma    bool             `json:"comma"`
	Goals    map[string]int64 `json:"goals"` // by goal-column text or column name
	// Sources are the wide layout's goals with their value column and
	// filter ("销售额(元) where 地区 = 北美"), applied again on every
	// re-import of the layout; a mapping saved before filters has none.
	Sources []savedSource `json:"sources,omitempty"`
	// KeyFilters are the long layout's filters by goal-column text, and
	// NoDimensions the guessed dimension columns switched off.
	KeyFilters   map[string][]importer.Condition `json:"key_filters,omitempty"`
	NoDimensions []int                           `json:"no_dimensions,omitempty"`
	// Block is the label of the block imported (本年, 实际) of a file
	// whose rows fall in blocks of the same periods.
	Block string `json:"block,omitempty"`
}

// savedSource is one remembered goal of the wide layout.
type savedSource struct {
	Column int                  `json:"column"`
	Goal   int64                `json:"goal"`
	Filter []importer.Condition `json:"filter,omitempty"`
}

// prefImportMapping prefixes the preference that holds a layout's mapping.
const prefImportMapping = "import.mapping."

func (v *importView) layoutPref() string { return prefImportMapping + importer.LayoutKey(v.table) }

// remember stores the mapping used, for the next file of the same layout.
func (v *importView) remember() {
	m := savedMapping{Wide: v.isWide(), Date: v.dateCol.SelectedIndex(), Goal: v.goalCol.SelectedIndex(),
		Value: v.valueCol.SelectedIndex(), Header: v.header.Checked, DayFirst: v.dayFirst.Checked,
		Comma: v.comma.Checked, Goals: map[string]int64{}, Block: v.chosenBlock().Label}
	for key, id := range v.recalledGoals { // names not listed this time keep their goal
		if _, listed := v.goalSel[key]; !listed {
			m.Goals[key] = id
		}
	}
	for key, sel := range v.goalSel {
		if i := sel.SelectedIndex() - 1; i >= 0 && i < len(v.goals) {
			m.Goals[key] = v.goals[i].ID
		}
	}
	for col, off := range v.dropDims {
		if off {
			m.NoDimensions = append(m.NoDimensions, col)
		}
	}
	slices.Sort(m.NoDimensions)
	m.KeyFilters = v.keyFilters()
	if m.Wide {
		m.Sources = v.savedSources()
	}
	if b, err := json.Marshal(m); err == nil {
		fyne.CurrentApp().Preferences().SetString(v.layoutPref(), string(b))
	}
}

// keyFilters are the filters of the goal keys mapped to a goal; nil when
// none has one.
func (v *importView) keyFilters() map[string][]importer.Condition {
	var filters map[string][]importer.Condition
	for key, r := range v.keyRows {
		if len(r.filter) > 0 && r.goal.SelectedIndex() > 0 {
			if filters == nil {
				filters = map[string][]importer.Condition{}
			}
			filters[key] = r.filter
		}
	}
	return filters
}

// savedSources are the wide layout's value columns mapped to a goal.
func (v *importView) savedSources() []savedSource {
	var sources []savedSource
	for _, r := range v.sources {
		if i := r.goal.SelectedIndex() - 1; i >= 0 && i < len(v.goals) {
			sources = append(sources, savedSource{Column: r.col, Goal: v.goals[i].ID, Filter: r.filter})
		}
	}
	return sources
}

// recall applies the mapping remembered for this layout, if any; it reports whether there was one.
func (v *importView) recall() bool {
	raw := fyne.CurrentApp().Preferences().String(v.layoutPref())
	var m savedMapping
	if raw == "" || json.Unmarshal([]byte(raw), &m) != nil {
		return false
	}
	v.recalledGoals = m.Goals
	v.header.SetChecked(m.Header)
	selectIndex(v.dateCol, m.Date)
	// The file's own numbers decide its decimals when they can (1,234.50),
	// as its dates decide their order; the choice remembered settles the
	// rest, the separator's guess included (unticked for LibreOffice's
	// 12,000;15,000 last time, it stays so).
	comma, written := importer.DetectDecimals(v.table, v.dateCol.SelectedIndex()).Written()
	if !written {
		comma = m.Comma
	}
	v.comma.SetChecked(comma)
	// The file's own dates decide their order when they can (1/13/2023);
	// the order remembered settles only dates that could be read either way.
	if v.detectOrder() {
		v.dayFirst.SetChecked(m.DayFirst)
	}
	v.chooseBlock(m.Block) // the date column chosen has found the blocks
	selectIndex(v.goalCol, m.Goal)
	selectIndex(v.valueCol, m.Value)
	for _, col := range m.NoDimensions {
		v.dropDims[col] = true
	}
	v.wide.SetSelected(v.wide.Options[0])
	if m.Wide {
		v.wide.SetSelected(v.wide.Options[1])
	}
	v.rebuildGoalMap()
	if m.Wide && len(m.Sources) > 0 {
		v.recallSources(m.Sources)
		return true
	}
	v.recallGoals(m.Goals)
	for key, f := range m.KeyFilters {
		if r := v.keyRows[key]; r != nil {
			v.setFilter(r, f)
		}
	}
	return true
}

// recallGoals chooses for each listed name the goal remembered for it,
// where it may be chosen again (recallable).
func (v *importView) recallGoals(goals map[string]int64) {
	for key, id := range goals {
		sel := v.goalSel[key]
		for i, g := range v.goals {
			if sel != nil && g.ID == id && v.recallable(key) {
				sel.SetSelectedIndex(i + 1)
			}
		}
	}
}

func selectIndex(s interface {
	SetSelectedIndex(int)
}, i int) {
	if i >= 0 {
		s.SetSelectedIndex(i)
	}
}

// recallSources gives the wide layout's rows the remembered goals and
// filters, adding a row where a column fed several goals.
func (v *importView) recallSources(saved []savedSource) {
	used := map[*sourceRow]bool{}
	labels := append([]string{lang.L("(skip)")}, goalLabels(v.goals)...)
	names := v.columnNames()
	for _, s := range saved {
		i := slices.IndexFunc(v.goals, func(g app.Goal) bool { return g.ID == s.Goal })
		if i < 0 || s.Column < 0 || s.Column >= len(names) {
			continue
		}
		j := slices.IndexFunc(v.sources, func(r *sourceRow) bool { return r.col == s.Column && !used[r] })
		var r *sourceRow
		if j >= 0 {
			r = v.sources[j]
		} else {
			r = v.addSourceRow(s.Column, names[s.Column], labels)
		}
		used[r] = true
		r.goal.SetSelectedIndex(i + 1)
		v.setFilter(r, s.Filter)
	}
	v.goalMap.Refresh()
}

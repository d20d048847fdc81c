package notation

import (
	"strings"
	"time"
	"unicode"
)

// Month and weekday names of the long date formats Excel and LibreOffice
// write in English, German, French, Spanish, Italian, Portuguese and
// Dutch ("5. März 2026", "jeudi 5 mars 2026", "5 de março de 2026"),
// without their accents (foldAccents), January and Sunday first.
var (
	monthNames = [12][]string{
		{"january", "januar", "janvier", "enero", "gennaio", "janeiro", "januari"},
		{"february", "februar", "fevrier", "febrero", "febbraio", "fevereiro", "februari"},
		{"march", "marz", "mars", "marzo", "marco", "maart", "mrz", "mrt"},
		{"april", "avril", "abril", "aprile"},
		{"may", "mai", "mayo", "maggio", "maio", "mei"},
		{"june", "juni", "juin", "junio", "giugno", "junho"},
		{"july", "juli", "juillet", "julio", "luglio", "julho"},
		{"august", "aout", "agosto", "augustus"},
		{"september", "septembre", "septiembre", "setiembre", "settembre", "setembro"},
		{"october", "oktober", "octobre", "octubre", "ottobre", "outubro"},
		{"november", "novembre", "noviembre", "novembro"},
		{"december", "dezember", "decembre", "diciembre", "dicembre", "dezembro"},
	}
	weekdayNames = [7][]string{
		{"sunday", "sonntag", "dimanche", "domingo", "domenica", "zondag"},
		{"monday", "montag", "lundi", "lunes", "lunedi", "segunda-feira", "maandag"},
		{"tuesday", "dienstag", "mardi", "martes", "martedi", "terca-feira", "dinsdag"},
		{"wednesday", "mittwoch", "mercredi", "miercoles", "mercoledi", "quarta-feira", "woensdag"},
		{"thursday", "donnerstag", "jeudi", "jueves", "giovedi", "quinta-feira", "donderdag"},
		{"friday", "freitag", "vendredi", "viernes", "venerdi", "sexta-feira", "vrijdag"},
		{"saturday", "samstag", "samedi", "sabado", "sabato", "zaterdag"},
	}
)

// dateFillers are the words that Spanish and Portuguese long dates put
// between their parts ("5 de marzo de 2026"), which dateShape skips.
var dateFillers = map[string]bool{"de": true, "del": true}

// monthWords maps each month name and each of its prefixes of three
// letters or more ("mär", "sept", "févr", once folded) to its month 1–12,
// or to -1 when it starts names of two months (French "jui": juin,
// juillet), which is then no month.
var monthWords = prefixMap(monthNames[:], 3, func(old, i int) int {
	if old != 0 && old != i+1 {
		return -1
	}
	return i + 1
})

// weekdayWords maps each weekday name and each of its prefixes of two
// letters or more to the weekdays it may stand for, one bit each: "ma" is
// Dutch Monday and French, Spanish and Italian Tuesday, and the date
// decides.
var weekdayWords = prefixMap(weekdayNames[:], 2, func(old, d int) int {
	return old | 1<<d
})

// prefixMap maps every prefix of at least min letters of each of the
// names of each index i to merge(what it holds so far, i).
func prefixMap(names [][]string, min int, merge func(old, i int) int) map[string]int {
	m := map[string]int{}
	for i, list := range names {
		for _, name := range list {
			for n := min; n <= len(name); n++ {
				m[name[:n]] = merge(m[name[:n]], i)
			}
		}
	}
	return m
}

// importMonthWord is the month 1–12 a lower-case month name or
// abbreviation of monthNames stands for ("jan", "sept", "märz", "mrt"),
// or 0.
func importMonthWord(w string) int {
	return max(monthWords[foldAccents(w)], 0)
}

// weekdayWord reports whether the lower-case w names a weekday of
// weekdayNames, and the weekdays it may be, one bit each.
func weekdayWord(w string) (days int, ok bool) {
	days = weekdayWords[foldAccents(w)]
	return days, days != 0
}

// hasWeekday reports whether days, a set of weekdayWord, holds wd.
func hasWeekday(days int, wd time.Weekday) bool {
	return days&(1<<wd) != 0
}

// accents folds the accented letters of the long dates' languages.
var accents = strings.NewReplacer("ä", "a", "à", "a", "á", "a", "â", "a", "ã", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "í", "i", "ì", "i", "î", "i", "ï", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ç", "c")

// foldAccents is the lower-case w without accents: "märz" is "marz".
func foldAccents(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return accents.Replace(w)
		}
	}
	return w
}

// isWordLetter reports whether r is a letter of a Latin alphabet, as the
// month and weekday names of long dates are written.
func isWordLetter(r rune) bool {
	return r < 0x250 && unicode.IsLetter(r)
}

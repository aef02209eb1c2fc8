package extract

import (
	"slices"
	"strings"

	"github.com/dealbot/dealbot/corpus"
)

// tableCell is what a table says of a percentage in one of its cells:
// the company its row is about, and whether its column holds market
// shares, with the period the column's heading names.
type tableCell struct {
	company string
	share   bool
	period  corpus.Period
}

// tableColumn is what a table's heading says of a column: whether it
// holds market shares, and for which period; whether its figures are
// percentages though written bare ("Market share (%)"); and whether it
// names the rows' companies ("Company", "Vendor").
type tableColumn struct {
	share   bool
	period  corpus.Period
	percent bool
	names   bool
	// periodOnly is a heading that names only a period ("| Q3 2022 |"):
	// its percentages are shares in an article about market shares.
	periodOnly bool
}

// barCells returns the cells between the bars of a sentence that opens
// with one, the empty cell between two rows on one line included; nil for
// any other sentence.
func (s *sentence) barCells() [][2]int {
	toks := s.toks
	if len(toks) == 0 || toks[0].text != "|" {
		return nil
	}
	var cells [][2]int
	for k, start := 1, 1; k < len(toks); k++ {
		if toks[k].text == "|" {
			cells = append(cells, [2]int{start, k})
			start = k + 1
		}
	}
	return cells
}

// dashCell reports a cell of the row of dashes under a table's heading.
func (s *sentence) dashCell(c [2]int) bool {
	if c[0] == c[1] {
		return false
	}
	for _, t := range s.toks[c[0]:c[1]] {
		if strings.Trim(t.text, "-:") != "" {
			return false
		}
	}
	return true
}

// dashRow reports a sentence that is only the row of dashes under a
// table's heading, as a table written a row a line gives it.
func (s *sentence) dashRow() bool {
	cells := s.barCells()
	for _, c := range cells {
		if !s.dashCell(c) {
			return false
		}
	}
	return len(cells) >= 2
}

// tableHeading reads the cells of a table's heading: a column is of
// shares when its heading says "share" ("Q3 2020 market share"), not when
// it speaks of a change ("Annual growth").
func (s *sentence) tableHeading(cells [][2]int, ref when) []tableColumn {
	cols := make([]tableColumn, len(cells))
	for i, cell := range cells {
		for k := cell[0]; k < cell[1]; k++ {
			cols[i].names = cols[i].names || s.toks[k].is17(wdCompany, wdCompanies, wdVendor, wdVendors, wdBrand, wdBrands, wdSupplier, wdSuppliers,
				wdManufacturer, wdManufacturers, wdMaker, wdMakers, wdProvider, wdProviders, wdFoundry, wdPlayer, wdPlayers)
			cols[i].percent = cols[i].percent || s.toks[k].text == "%" || s.toks[k].lower == "percent"
			cols[i].share = cols[i].share || s.toks[k].is2(wdShare, wdShares)
			if s.toks[k].is4(wdGrowth, wdChange, wdIncrease, wdDecline) {
				cols[i].share = false
				break
			}
		}
		if !cols[i].share {
			cols[i].periodOnly = s.periodHeading(cell, ref)
			if cols[i].periodOnly {
				cols[i].period = periodIn(s.toks[cell[0]:cell[1]], ref)
				if cols[i].period == "" {
					cols[i].period = corpus.Period(s.toks[cell[0]].text) // "| 2024 |"
				}
			}
			continue
		}
		cols[i].period = periodIn(s.toks[cell[0]:cell[1]], ref)
		for k := cell[0]; k < cell[1] && cols[i].period == ""; k++ {
			if t := s.toks[k]; t.kind == tokNum && isYearText(t.text) {
				cols[i].period = corpus.Period(t.text) // "2024 share": a heading's bare year
			}
		}
	}
	return cols
}

// periodHeading reports a heading cell that names a period and nothing
// else: "Q3 2022", "2023", "1H 2024".
func (s *sentence) periodHeading(cell [2]int, ref when) bool {
	toks := s.toks[cell[0]:cell[1]]
	if len(toks) == 0 || len(toks) > 4 {
		return false
	}
	for _, t := range toks {
		if t.kind == tokWord && len(t.lower) > 2 && !t.is2(wdFy, wdCy) && monthNumber(t.lower) == 0 {
			return false
		}
	}
	return periodIn(toks, ref) != "" || len(toks) == 1 && isYearText(toks[0].text)
}

// tableCells reads a sentence that is a table written as text, in rows of
// cells between bars ("| Samsung | 80.2 | 23.0% |") under a heading row
// and a row of dashes, or one row of such a table whose heading, x.cols,
// earlier lines gave. A loader that joins lines leaves a table's rows on
// one line ("| a | b | | c | d |"). It returns, by the token a
// percentage starts at, what its cell says; nil when the sentence is no
// table. A row is a company's when its first cell names one, so "Others"
// and "Total" rows hold no company's share.
func (x *extractor) tableCells() map[int]tableCell {
	cells := x.s.barCells()
	if cells == nil || len(x.s.qty) == 0 {
		return nil
	}
	cols, first := x.cols, 0
	if dash := slices.IndexFunc(cells, x.s.dashCell); dash >= 0 {
		// The heading is the n cells before the row of dashes, which has
		// n, with one empty cell between the rows.
		n := 0
		for dash+n < len(cells) && x.s.dashCell(cells[dash+n]) {
			n++
		}
		if n < 2 || dash-1-n != 0 {
			return nil
		}
		cols, first = x.s.tableHeading(cells[:n], x.periodRef()), dash+n+1
		// A long table comes in pieces cut between rows: the pieces after
		// this one read their rows under this heading.
		x.cols = cols
	}
	n := len(cols)
	if n < 2 {
		return nil
	}
	// "| Ranking | Company | ... |": the column of names may be another
	// than the first.
	nameCol := max(0, slices.IndexFunc(cols, func(c tableColumn) bool { return c.names }))
	out := map[int]tableCell{}
	qi := 0 // the next quantity to place; quantities are in token order
	for row := first; row+n <= len(cells); row += n + 1 {
		company := x.rowCompany(cells[row+nameCol][0], cells[row+nameCol][1])
		for ci, cell := range cells[row : row+n] {
			for ; qi < len(x.s.qty) && x.s.qty[qi].start < cell[1]; qi++ {
				q := x.s.qty[qi]
				// "| 17.4 |" under "Market share (%)": a bare number in a
				// column of percentages is one.
				if !(q.kind == qtyPercent || q.kind == qtyCount && cols[ci].percent && !q.scaled) || q.start < cell[0] {
					continue
				}
				c := tableCell{company: company}
				if ci != nameCol {
					share := cols[ci].share || cols[ci].periodOnly && q.kind == qtyPercent && x.shareContext
					c.share, c.period = share && company != "", cols[ci].period
				}
				out[q.start] = c
			}
		}
	}
	return out
}

// rowCompany is the company a table row's first cell, tokens from to
// end, names: one the sentence recognised there, else the cell's words
// as written when they look like a name; "" for a row of others or of
// the total.
func (x *extractor) rowCompany(from, end int) string {
	for _, m := range x.s.companies {
		if m.start >= from && m.end <= end {
			return m.name
		}
	}
	// "| 1. SAP |": a rank written before the name is no part of it.
	for from < end && (x.s.toks[from].kind == tokNum || x.s.toks[from].text == "." || x.s.toks[from].text == "#" || x.s.toks[from].text == ")") {
		from++
	}
	if from >= end || end-from > 4 {
		return ""
	}
	var b strings.Builder
	for k := from; k < end; k++ {
		t := x.s.toks[k]
		if t.kind != tokWord || t.is8(wdOthers, wdOther, wdTotal, wdRest, wdAll, wdOverall, wdMarket, wdIndustry) {
			return ""
		}
		if k > from {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

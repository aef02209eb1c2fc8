package corpus

import "strings"

// tableCell is what a markdown table says of the percentage in one of its
// cells: whose it is (the row's first cell) and what the column's heading
// says of it.
type tableCell struct {
	row string
	tableHead
}

// tableHead is what a column's heading says of its figures: whether they
// are shares, and of which period.
type tableHead struct {
	share  bool
	period Period
}

// tableState carries a markdown table from one sentence to the next: a
// table's rows may come as sentences of their own, or a long table in
// several pieces.
type tableState struct {
	// heads are the columns of the table being read; nil outside one.
	heads []tableHead
	// above are the columns the last row would give if a row of dashes
	// came next, making it the heading.
	above []tableHead
}

// read reads the table rows sentence s holds ("| Company | Q3 2020 market
// share | Annual growth |", a row of dashes, then a row per company) and
// returns, by a percentage's first token, what its cell says of it;
// periods without a year are read against ref. A sentence with no row
// ends the table. Its work is linear in the sentence's length.
func (st *tableState) read(s *sentence, ref when) map[int]tableCell {
	if !strings.HasPrefix(s.text, "|") {
		st.heads, st.above = nil, nil
		return nil
	}
	toks := s.toks
	var out map[int]tableCell
	qi := 0
	var row []cellSpan
	last := -1
	// Two pipes with nothing between end a row and start the next.
	endRow := func() {
		if len(row) > 0 {
			out, qi = st.row(s, row, ref, out, qi)
		}
		row = row[:0]
	}
	for k, t := range toks {
		if t.text != "|" {
			continue
		}
		switch {
		case last < 0:
		case k == last+1:
			endRow()
		default:
			row = append(row, cellSpan{last + 1, k})
		}
		last = k
	}
	endRow()
	return out
}

// cellSpan is a table cell's tokens, [from, to).
type cellSpan struct{ from, to int }

// row reads one row of a table: a row of dashes makes the row above the
// heading, a row under a heading gives its percentages to out.
func (st *tableState) row(s *sentence, cells []cellSpan, ref when, out map[int]tableCell, qi int) (map[int]tableCell, int) {
	toks := s.toks
	dashes := true
	for _, c := range cells {
		for _, t := range toks[c.from:c.to] {
			dashes = dashes && (t.text == "-" || t.text == ":")
		}
	}
	if dashes {
		st.heads, st.above = st.above, nil
		return out, qi
	}
	st.above = st.above[:0]
	for _, c := range cells {
		st.above = append(st.above, headOf(toks[c.from:c.to], ref))
	}
	if len(st.heads) == 0 {
		return out, qi
	}
	name := rowName(s, cells[0])
	qs := s.qty
	for j, c := range cells {
		for qi < len(qs) && qs[qi].start < c.from {
			qi++
		}
		for ; qi < len(qs) && qs[qi].end <= c.to; qi++ {
			if qs[qi].kind == qtyPercent && j > 0 && j < len(st.heads) {
				if out == nil {
					out = map[int]tableCell{}
				}
				out[qs[qi].start] = tableCell{row: name, tableHead: st.heads[j]}
			}
		}
	}
	return out, qi
}

// headOf reads a column's heading: "Q3 2020 market share", "2024 share of
// spending".
func headOf(toks []token, ref when) tableHead {
	h := tableHead{period: periodIn(toks, ref)}
	for _, t := range toks {
		h.share = h.share || t.is("share", "shares")
		if h.period == "" && t.kind == tokNum && isYearText(t.text) {
			h.period = Period(t.text) // "2024 share of spending"
		}
	}
	return h
}

// rowName is whose figures a table's row gives, from its first cell: the
// company named there, else the cell as written; "" for a row that sums
// others up ("Others", "Total").
func rowName(s *sentence, c cellSpan) string {
	for _, m := range s.companies {
		if m.start >= c.from && m.end <= c.to {
			return m.name
		}
	}
	toks := s.toks
	if c.to-c.from < 1 || c.to-c.from > 5 || toks[c.from].is("others", "other", "total", "rest", "all", "market", "overall") {
		return ""
	}
	var b strings.Builder
	for k := c.from; k < c.to; k++ {
		if toks[k].kind != tokWord && toks[k].kind != tokNum {
			return ""
		}
		if k > c.from && !toks[k-1].joins(toks[k]) {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

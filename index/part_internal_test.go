package index

import (
	"strings"
	"testing"
)

// TestPartOf reads which figures a sentence gives as a part of a bigger
// one: a question naming a deal asks for the whole before them.
func TestPartOf(t *testing.T) {
	tests := []struct {
		sentence, figure string
		part             bool
	}{
		// The sentence opens on the whole; its figures after the comma are parts.
		{"Of the total, $412 million is for two data centres in Lisbon and $58 million for one in Porto.", "$412 million", true},
		{"Of the total, $412 million is for two data centres in Lisbon and $58 million for one in Porto.", "$58 million", true},
		{"Of that, $2,300 would pay for more Contoso licences.", "$2,300", true},
		// A whole named in the opening clause is no part of itself.
		{"Of the $470 million, $412 million is for Lisbon.", "$470 million", false},
		{"Of course, Fabrikam paid $90 million for Northwind.", "$90 million", false},
		// "including" and "of which" lead a part.
		{"Adatum will spend $40,000 on meeting kit, including $6,000 for Litware licences.", "$6,000", true},
		{"Adatum will spend $40,000 on meeting kit, including $6,000 for Litware licences.", "$40,000", false},
		{"Proseware raised $900 million, of which $200 million came from Woodgrove.", "$200 million", true},
		// A figure "of" or "as part of" a sum is part of it.
		{"Tailspin will guarantee $1.1 billion of the $3 billion lease.", "$1.1 billion", true},
		{"Tailspin paid out $45 million last year as part of the $250 million commitment it made to Wingtip.", "$45 million", true},
		{"Tailspin paid out $45 million last year as part of the $250 million commitment it made to Wingtip.", "$250 million", false},
		// A clause before a colon saying the sum is split leads its parts.
		{"The loans are split into two tranches: $600 million for Contoso's Ohio campus; $250 million for working capital.", "$600 million", true},
		{"The loans are split into two tranches: $600 million for Contoso's Ohio campus; $250 million for working capital.", "$250 million", true},
		{"Fabrikam gave a breakdown of the award: $40 million for hardware and $12 million for support.", "$12 million", true},
		// A colon after no word of splitting leads no part.
		{"Contoso's news: it has raised $600 million from Northwind.", "$600 million", false},
		{"The split with Fabrikam cost $90 million.", "$90 million", false},
		// "of" before what is bought, or a year, makes no part.
		{"Tailspin will guarantee $1.1 billion of Wingtip's lease obligations.", "$1.1 billion", false},
		{"Contoso booked $5 billion of 2025 revenue from Fabrikam.", "$5 billion", false},
		{"Contoso sells its data centres to Fabrikam for $736 million.", "$736 million", false},
	}
	for _, tt := range tests {
		if got := partOf(tt.sentence, tt.figure); got != tt.part {
			t.Errorf("partOf(%q, %q) = %t, want %t", tt.sentence, tt.figure, got, tt.part)
		}
	}
}

// TestAsksPart reads which questions ask for a part of a deal rather
// than its whole.
func TestAsksPart(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"how much of the wingtip lease does tailspin guarantee", true},
		{"what portion of the contoso deal is for lisbon", true},
		{"contoso fabrikam data centres", false},
		{"how much did contoso pay for fabrikam", false},
	}
	for _, tt := range tests {
		if got := asksPart(strings.Fields(tt.q)); got != tt.want {
			t.Errorf("asksPart(%q) = %t, want %t", tt.q, got, tt.want)
		}
	}
}

// TestInstalment reads which figures a sentence gives as sums paid in
// turn: each is a part of the deal.
func TestInstalment(t *testing.T) {
	tests := []struct {
		sentence, figure string
		want             bool
	}{
		{"Contoso will pay Fabrikam $50 million in 2025 and $80 million in 2026.", "$50 million", true},
		{"Contoso will pay Fabrikam $50 million in 2025 and $80 million in 2026.", "$80 million", true},
		{"The contract is worth £210,000 a year, with £260,500 in the first year and £210,000 in the second.", "£260,500", true},
		// One sum said when it is due is the deal itself.
		{"Contoso will pay Fabrikam $130 million in 2025 for its cloud.", "$130 million", false},
		// The whole the sums add up to is none of them.
		{"Contoso will pay Fabrikam $130 million, $50 million in 2025 and $80 million in 2026.", "$130 million", false},
	}
	for _, tt := range tests {
		if got := instalment(tt.sentence, tt.figure); got != tt.want {
			t.Errorf("instalment(%q, %q) = %t, want %t", tt.sentence, tt.figure, got, tt.want)
		}
	}
}

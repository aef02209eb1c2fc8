package corpus

// Organisation is an organisation an article names that the built-in
// company list does not know: a company, a bank, a government body or a
// country, under the name the article gives it, with the short names the
// article introduces for it ("Toronto-Dominion Bank (TD)").
type Organisation struct {
	Name    string
	Aliases []string
	// Country is true for a country, which may be a party to a deal or the
	// region a market share is of.
	Country bool
}

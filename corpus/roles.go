package corpus

// roles gives the companies of a fact their parts: the subject of a market
// share, the customer and vendor of a seat count, the paying and paid sides
// of a deal as the sentence's verbs tell them.
func (x extractor) roles(f Fact) []Party {
	ps := make([]Party, 0, len(f.Companies))
	for i, c := range f.Companies {
		r := RoleUnknown
		switch f.Kind {
		case MarketShare, Revenue, Growth:
			r = RoleSubject
		case Seats:
			r = RoleCustomer
			if i > 0 {
				r = RoleVendor
			}
		}
		ps = append(ps, Party{Name: c, Role: r})
	}
	return ps
}

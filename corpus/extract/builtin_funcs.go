package extract

import "github.com/dealbot/dealbot/corpus"

// Canonical is New().Canonical, until its callers hold an extractor.
func Canonical(name string) (string, bool) { return defaultExtractor.Canonical(name) }

// CompaniesIn is New().CompaniesIn, until its callers hold an extractor.
func CompaniesIn(text string) []string { return defaultExtractor.CompaniesIn(text) }

// KnownCompanies is New().KnownCompanies, until its callers hold an extractor.
func KnownCompanies() []string { return defaultExtractor.KnownCompanies() }

// OrganisationsIn is New().OrganisationsIn, until its callers hold an
// extractor.
func OrganisationsIn(text string) []corpus.Organisation {
	return defaultExtractor.OrganisationsIn(text)
}

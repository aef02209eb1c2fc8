package index_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dealbot/dealbot/corpus"
	"github.com/dealbot/dealbot/index"
)

// dated is an article published on a given day.
func dated(a corpus.Article, day string) corpus.Article {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		panic(err)
	}
	a.Published = t
	return a
}

// steeredArticles each hold figures that only the question's other words
// tell apart: a pilot and a rollout, a lost and a live deal, a ceiling and
// an order under it, shares of two regions and two periods, a deal named by
// its target's first word, a dropped takeover beside a live pledge in the
// same article.
var steeredArticles = []corpus.Article{
	article("pilot", "UBS to give 50,000 employees Copilot",
		"UBS began a pilot of Microsoft 365 Copilot with 4,000 licences in 2024. "+
			"UBS will roll out Copilot to 50,000 employees next year."),
	article("lost", "Oracle loses cloud bid to Cisco",
		"Oracle lost a $7 billion cloud contract with Cisco to a rival. "+
			"Oracle signed a $2 billion cloud contract with Cisco last month."),
	article("ceiling", "Pentagon places $80 million cloud order with Dell",
		"The US Department of Defense awarded Dell a cloud contract worth up to $6 billion. "+
			"The US Department of Defense placed a first order of $80 million with Dell."),
	dated(article("shares", "Synergy: Alibaba holds 4% of the world cloud market",
		"Alibaba held a 30% share of the cloud market in China in the second quarter of 2023, according to Synergy Research Group. "+
			"Worldwide, Alibaba had a 4% share of the cloud market in the second quarter of 2023."), "2023-08-01"),
	dated(article("shares-old", "Synergy: Alibaba's world share in the first quarter",
		"Alibaba had a 5% share of the worldwide cloud market in the first quarter of 2023, according to Synergy Research Group."), "2023-05-01"),
	article("dropped", "Cisco drops its Fastly takeover",
		"Cisco called off its $4 billion takeover of Fastly on Friday. "+
			"Cisco said in May it would invest $2 billion in new data centres in Mexico."),
	article("target", "Blackstone raises $9 billion for infrastructure",
		"Blackstone will buy data centre operator Stackpole Realty Trust for $3 billion, it said. "+
			"Blackstone also raised $9 billion for its infrastructure fund."),
}

// TestQuestionWordsNarrow asks questions whose words beyond the company and
// the kind pick one figure: the stage of a seat purchase, a deal's status,
// an "up to" figure asked as a ceiling, a region asked by its adjective, the
// period a share is for, and a party named by one word of its name.
func TestQuestionWordsNarrow(t *testing.T) {
	ix := testIndex(t, steeredArticles)
	tests := []struct {
		query string
		first want
	}{
		{"ubs copilot pilot", want{corpus.Seats, 4000, "", []string{"UBS"}, 1}},
		{"ubs copilot trial", want{corpus.Seats, 4000, "", []string{"UBS"}, 1}},
		{"ubs copilot rollout", want{corpus.Seats, 50000, "", []string{"UBS"}, 1}},
		{"oracle cisco lost contract", want{corpus.DealValue, 7e9, "", []string{"Oracle", "Cisco"}, 1}},
		{"oracle cisco contract", want{corpus.DealValue, 2e9, "", []string{"Oracle", "Cisco"}, 1}},
		{"pentagon dell contract ceiling", want{corpus.DealValue, 6e9, corpus.UpTo, []string{"Dell"}, 1}},
		{"alibaba chinese cloud share", want{corpus.MarketShare, 30, "", []string{"Alibaba"}, 1}},
		{"alibaba global cloud share q1 2023", want{corpus.MarketShare, 5, "", []string{"Alibaba"}, 1}},
		{"alibaba worldwide share february 2023", want{corpus.MarketShare, 5, "", []string{"Alibaba"}, 1}},
		{"alibaba worldwide share q2 2023", want{corpus.MarketShare, 4, "", []string{"Alibaba"}, 1}},
		{"cisco fastly", want{corpus.DealValue, 4e9, "", []string{"Cisco", "Fastly"}, 1}},
		{"blackstone takeover", want{corpus.DealValue, 3e9, "", []string{"Blackstone"}, 1}},
		{"blackstone stackpole deal", want{corpus.DealValue, 3e9, "", []string{"Blackstone"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}

// describeAll is describe with each fact's details.
func describeAll(facts []index.FactAnswer) string {
	var b strings.Builder
	for _, f := range facts {
		fmt.Fprintf(&b, "  %s %s %q type=%s total=%t period=%s region=%q status=%s stage=%s qualifier=%q — %s\n", f.Kind, f.Text, f.Companies, f.DealType, f.Total, f.Period, f.Region, f.Status, f.Stage, f.Qualifier, f.Sources[0].Path)
	}
	return b.String()
}

// TestOrganisationNamedOnlyInTheText asks about an organisation the
// articles name but no fact has as a party: the figures of the articles
// naming it answer, before another company's.
func TestOrganisationNamedOnlyInTheText(t *testing.T) {
	arts := []corpus.Article{
		article("move", "Department moves to Google Workspace",
			"The Home Office is leaving its old email system. "+
				"Capgemini will move around 12,000 users onto Google Workspace, with the rollout due to start in September."),
		// Another company's seats that two articles report, one in its
		// headline, outscore the answer on every count but whom it is
		// about.
		article("other", "Google Workspace for 60,000 Barclays staff at home and in the office",
			"Barclays will roll out Google Workspace to 60,000 employees at home and in the office."),
		article("other2", "Barclays picks Google Workspace",
			"Barclays will roll out Google Workspace to 60,000 employees."),
	}
	ix := testIndex(t, arts)
	a := askOf(t, ix, "how many home office users google workspace")
	if !slices.Contains(a.Companies, "Home Office") {
		t.Fatalf("the question names the Home Office, which the articles know; understood %q", a.Companies)
	}
	first := want{corpus.Seats, 12000, "", []string{"Google"}, 1}
	if len(a.Facts) == 0 || !first.matches(a.Facts[0]) {
		t.Errorf("want the 12,000 users of the article naming the Home Office first, got:\n%s", describeAll(a.Facts))
	}
}

// TestArticleSayingMoreOfTheQuestionFirst asks with words no figure's
// details hold but one article says all of ("top secret"): its figure comes
// before another article's whose details say only the commonest word.
func TestArticleSayingMoreOfTheQuestionFirst(t *testing.T) {
	arts := []corpus.Article{
		article("secret", "Oracle to build a top secret cloud for the Australian Signals Directorate",
			"The Australian Signals Directorate will spend $1 billion with Oracle on a top secret cloud over ten years."),
		article("capacity", "Oracle to invest $8 billion in Japan for cloud capacity",
			"Oracle will invest $8 billion in Japan over ten years to expand its cloud capacity."),
	}
	ix := testIndex(t, arts)
	a := askOf(t, ix, "oracle top secret cloud")
	first := want{corpus.DealValue, 1e9, "", []string{"Oracle"}, 1}
	if len(a.Facts) == 0 || !first.matches(a.Facts[0]) {
		t.Errorf("want the $1 billion of the article saying \"top secret cloud\" first, got:\n%s", describeAll(a.Facts))
	}
}

// TestPastDealIsBackground asks about a company whose news is a deal and
// whose article recalls an earlier one, dated months before: the news comes
// first, unless the question asks for the earlier one.
func TestPastDealIsBackground(t *testing.T) {
	arts := []corpus.Article{
		dated(article("talks", "Lambda in talks over a sale",
			"Lambda, the cloud company, raised $1.5 billion from investors in January. "+
				"BlackRock is in talks to buy Lambda for around $20 billion, people familiar with the matter said."), "2025-10-03"),
	}
	ix := testIndex(t, arts)
	tests := []struct {
		query string
		first want
	}{
		{"lambda deal", want{corpus.DealValue, 20e9, "", []string{"Lambda"}, 1}},
		{"lambda funding january", want{corpus.DealValue, 1.5e9, "", []string{"Lambda"}, 1}},
		{"lambda first deal", want{corpus.DealValue, 1.5e9, "", []string{"Lambda"}, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			firstIs(t, ix, tt.query, tt.first)
		})
	}
}

// TestCountryNamedInPassing asks about a company and a country: a deal of
// two other companies in an article that mentions the country in passing is
// about neither.
func TestCountryNamedInPassing(t *testing.T) {
	arts := []corpus.Article{
		article("pledge", "Oracle to invest $5 billion in the UK",
			"Oracle will invest $5 billion in the United Kingdom over five years."),
		article("passing", "Dell buys a Cisco unit",
			"Dell agreed to buy a Cisco unit for $2 billion, the companies said in the UK on Monday."),
	}
	ix := testIndex(t, arts)
	a := askOf(t, ix, "oracle uk")
	if len(a.Facts) == 0 || !slices.Contains(a.Facts[0].Companies, "Oracle") {
		t.Fatalf("want Oracle's UK pledge first, got:\n%s", describeAll(a.Facts))
	}
	for _, f := range a.Facts {
		if !slices.Contains(f.Companies, "Oracle") && !slices.Contains(f.Companies, "United Kingdom") {
			t.Errorf("a fact about neither Oracle nor the UK:\n%s", describeAll([]index.FactAnswer{f}))
		}
	}
}

// TestLatestIsTheNewestNews asks for the latest deals: a contract reported
// in September that runs "through April 2032" is September's news, and a
// deal reported in December comes before it.
func TestLatestIsTheNewestNews(t *testing.T) {
	arts := []corpus.Article{
		dated(article("long", "Nvidia orders CoreWeave capacity",
			"Nvidia agreed a $6.3 billion order with CoreWeave for cloud capacity through April 2032."), "2025-09-25"),
		dated(article("recent", "Snowflake and Anthropic expand their deal",
			"Snowflake agreed a $200 million deal with Anthropic."), "2025-12-03"),
	}
	ix := testIndex(t, arts)
	a := askOf(t, ix, "latest")
	first := want{corpus.DealValue, 200e6, "", []string{"Snowflake", "Anthropic"}, 1}
	if len(a.Facts) < 2 || !first.matches(a.Facts[0]) {
		t.Errorf("want the December deal first, got:\n%s", describeAll(a.Facts))
	}
}

// TestFirstDealOfTwoAmongManyOlder asks for the first deal of two companies
// when one of them has many older deals with others: the oldest of all
// their deals are not the answer, the oldest of the two together is.
func TestFirstDealOfTwoAmongManyOlder(t *testing.T) {
	var arts []corpus.Article
	for i := range 120 {
		arts = append(arts, dated(article(fmt.Sprintf("old-%d", i), fmt.Sprintf("Oracle buys a software maker for $%d million", 100+i),
			fmt.Sprintf("Oracle agreed to buy a software maker for $%d million.", 100+i)), "2012-03-01"))
	}
	arts = append(arts,
		dated(article("first", "Oracle invests in Cohere", "Oracle first invested $300 million in Cohere."), "2024-02-01"),
		dated(article("more", "Oracle adds $1 billion to its Cohere stake", "Oracle is investing a further $1 billion in Cohere."), "2025-06-01"))
	ix := testIndex(t, arts)
	a := askOf(t, ix, "oracle's first investment in cohere")
	first := want{corpus.DealValue, 300e6, "", []string{"Oracle", "Cohere"}, 1}
	if len(a.Facts) == 0 || !first.matches(a.Facts[0]) {
		t.Errorf("want Oracle's first $300 million in Cohere first, got:\n%s", describeAll(a.Facts[:min(3, len(a.Facts))]))
	}
}

// testIndex indexes arts in memory for one test, closing it when the test
// ends.
func testIndex(t *testing.T, arts []corpus.Article) *index.Index {
	t.Helper()
	ix, _, err := memoryIndex(context.Background(), arts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// askOf asks ix one question, failing the test when it cannot answer.
func askOf(t *testing.T, ix *index.Index, query string) index.Answer {
	t.Helper()
	a, err := ix.Ask(context.Background(), query)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// firstIs asks ix query and fails the test unless w's figure comes first.
func firstIs(t *testing.T, ix *index.Index, query string, w want) {
	t.Helper()
	a := askOf(t, ix, query)
	if len(a.Facts) == 0 || !w.matches(a.Facts[0]) {
		t.Errorf("want %s %g about %q first, got:\n%s", w.kind, w.value, w.companies, describeAll(a.Facts))
	}
}

// TestFewWordsOfTheQuestionInTheFigure asks about a company with
// many cloud deals, each sentence saying "cloud" and the company's short
// name, with the rare words of the question only in the article of the
// one figure asked for, whose own sentence says neither: its figure must
// be a candidate and come first, not be crowded out by a hundred figures
// whose sentences match the question's commonest words better.
func TestFewWordsOfTheQuestionInTheFigure(t *testing.T) {
	arts := []corpus.Article{
		article("directorate", "Tailspin Directorate picks AWS for a classified cloud",
			"The agency will pay Amazon more than $2 billion over ten years to build the system for its intelligence needs."),
	}
	for i := range 80 {
		arts = append(arts, article(fmt.Sprintf("deal-%d", i), fmt.Sprintf("AWS cloud deal %d", i),
			fmt.Sprintf("AWS signed a $%d million cloud contract with Contoso%d, its AWS cloud deal of the week. Amazon said AWS cloud demand grew %d%% in the quarter.", 10+i, i, 5+i%20)))
	}
	ix := testIndex(t, arts)
	a := askOf(t, ix, "tailspin aws classified cloud")
	first := want{corpus.DealValue, 2e9, "", []string{"Amazon"}, 1}
	if len(a.Facts) == 0 || !first.matches(a.Facts[0]) {
		t.Errorf("want the directorate's $2 billion first, got:\n%s", describeAll(a.Facts))
	}
}

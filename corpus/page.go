package corpus

// ParsePage reads a web page fetched from the network as an article, the
// way a saved .html file is read: the readable text as found by
// go-readability, the title, date, site name and canonical URL from the
// page's metadata. Name is what problems are reported against, usually the
// page's URL; the article's Path is left empty.
//
// Data must be UTF-8 or declare its character set in a <meta> tag. When
// no article can be read, the returned problems say why (no readable text,
// no title, not UTF-8, ...); warnings (an unreadable date) may come with an
// article.
func ParsePage(name string, data []byte) ([]Article, []Problem) {
	arts, probs := parseHTML(name, data)
	for i := range arts {
		arts[i].Path = ""
	}
	return arts, probs
}

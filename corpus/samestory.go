package corpus

import "slices"

// foldCopies folds each article that records another outlet's copy of a
// story (SameStoryAs set) into the article with that URL, as one more of
// its OtherOutlets, so that a story is one article however many outlets ran it.
// A copy whose article is not in the load stays an article of its own,
// with a warning: nothing read is lost.
func foldCopies(l Loaded) Loaded {
	byURL := map[string]int{}
	copies := 0
	for i, a := range l.Articles {
		if a.SameStoryAs != "" {
			copies++
			continue
		}
		if _, ok := byURL[a.URL]; a.URL != "" && !ok {
			byURL[a.URL] = i
		}
	}
	if copies == 0 {
		return l
	}
	kept := l.Articles[:0:0]
	folded := map[int][]Outlet{}
	for i, a := range l.Articles {
		if a.SameStoryAs == "" {
			continue
		}
		target, ok := byURL[a.SameStoryAs]
		if !ok {
			l.Problems = append(l.Problems, Problem{
				Path:    a.Path,
				Reason:  "same_story_as names " + a.SameStoryAs + ", which no article here has as its url; loaded as an article of its own",
				Warning: true,
			})
			continue
		}
		folded[target] = append(folded[target], Outlet{Publication: a.Publication, URL: a.URL})
		l.Articles[i].ID = "" // folded away
	}
	for i, a := range l.Articles {
		if a.SameStoryAs != "" && a.ID == "" {
			continue
		}
		if src := folded[i]; len(src) > 0 {
			a.OtherOutlets = slices.Clone(a.OtherOutlets)
			for _, o := range src {
				if !slices.Contains(a.OtherOutlets, o) {
					a.OtherOutlets = append(a.OtherOutlets, o)
				}
			}
		}
		kept = append(kept, a)
	}
	l.Articles = kept
	return l
}

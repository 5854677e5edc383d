package flow

import (
	"slices"
	"strings"
)

// Merge returns the flows one finding each reports: flows at the same
// call (or send) that same says belong together (of one kind of sink,
// with the same problem) become one Flow, whose Data are all the groups'
// data and whose Merged lists the others, so that a call reaching
// slog.Error and slog.Info through a wrapper is one finding naming both
// sinks. The flows given are not modified; the order is kept.
func Merge(flows []*Flow, same func(a, b *Flow) bool) []*Flow {
	var out []*Flow
	for _, f := range flows {
		var into *Flow
		for i := len(out) - 1; i >= 0 && out[i].Pos == f.Pos; i-- {
			if same(out[i], f) {
				into = out[i]
				break
			}
		}
		if into == nil {
			c := *f
			c.Merged = nil
			out = append(out, &c)
			continue
		}
		into.Merged = append(into.Merged, f)
		into.Data = mergeOrigins(into.Data, f.Data)
		for _, a := range f.Args {
			if !slices.Contains(into.Args, a) {
				into.Args = append(into.Args, a)
			}
		}
		slices.Sort(into.Args)
	}
	return out
}

// mergeOrigins returns the union of two sorted lists of origins, sorted
// by name as Flow.Data is.
func mergeOrigins(a, b []Origin) []Origin {
	out := slices.Clone(a)
	for _, o := range b {
		if !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	slices.SortStableFunc(out, func(x, y Origin) int {
		if c := strings.Compare(x.Name, y.Name); c != 0 {
			return c
		}
		return int(x.Pos) - int(y.Pos)
	})
	return out
}

// paths returns the flow and those merged into it.
func (f *Flow) paths() []*Flow {
	return append([]*Flow{f}, f.Merged...)
}

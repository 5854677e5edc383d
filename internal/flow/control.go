package flow

import (
	"golang.org/x/tools/go/ssa"
)

// controlDeps says, for each block of a function, the If instructions
// that decide whether it runs: block B depends on the If ending block A
// when one branch of A always leads to B and the other may avoid it
// (B post-dominates a successor of A but not A itself). This is control
// dependence (Ferrante, Ottenstein and Warren), computed from the
// post-dominator tree, for the decision rule: a dismissal that happens
// only when an employee's absences cross a threshold depends on them.
//
// Loops are cut at their back edges: each iteration is judged by
// itself. Otherwise whether the next iteration runs depends on every
// condition of this one that can leave the loop (a failed bonus
// payment's return), and a dismissal early in the body would seem to
// rest on a threshold tested after it.
type controlDeps struct {
	of [][]*ssa.If // per block index, the Ifs it depends on directly
}

// newControlDeps computes the control dependences of fn's blocks.
func newControlDeps(fn *ssa.Function) *controlDeps {
	n := len(fn.Blocks)
	cd := &controlDeps{of: make([][]*ssa.If, n)}
	if n == 0 {
		return cd
	}
	ipdom := postDominators(fn)
	for _, a := range fn.Blocks {
		if len(a.Succs) != 2 || len(a.Instrs) == 0 {
			continue
		}
		cond, ok := a.Instrs[len(a.Instrs)-1].(*ssa.If)
		if !ok {
			continue
		}
		stop := ipdom[a.Index]
		for _, s := range a.Succs {
			if !forward(a, s) {
				continue // the iteration ends: see postDominators
			}
			for r, steps := s.Index, 0; r >= 0 && r < n && r != stop && steps <= n; r, steps = ipdom[r], steps+1 {
				if len(cd.of[r]) == 0 || cd.of[r][len(cd.of[r])-1] != cond {
					cd.of[r] = append(cd.of[r], cond)
				}
			}
		}
	}
	return cd
}

// conditions returns the Ifs block b depends on, directly or through the
// Ifs it depends on, nearest first.
func (cd *controlDeps) conditions(b *ssa.BasicBlock) []*ssa.If {
	var out []*ssa.If
	seen := make(map[*ssa.If]bool)
	work := []int{b.Index}
	for len(work) > 0 && len(out) < 64 {
		i := work[0]
		work = work[1:]
		if i < 0 || i >= len(cd.of) {
			continue
		}
		for _, c := range cd.of[i] {
			if seen[c] {
				continue
			}
			seen[c] = true
			out = append(out, c)
			work = append(work, c.Block().Index)
		}
	}
	return out
}

// postDominators returns each block's immediate post-dominator, by block
// index; len(fn.Blocks) stands for the exit every return and panic
// leads to, and -1 for a block from which no exit is reached even through
// the pseudo-exits below. A loop with no way out (a worker's for { ... })
// gets its first block as a pseudo-exit, so that what happens inside it
// still has post-dominators. The algorithm is the iterative one of
// Cooper, Harvey and Kennedy on the reversed control-flow graph, where
// the back edge of a loop leads to the exit instead (see controlDeps).
func postDominators(fn *ssa.Function) []int {
	n := len(fn.Blocks)
	exit := n
	var exits []int
	succs := make([][]int, n)
	preds := make([][]int, n)
	for _, b := range fn.Blocks {
		ends := len(b.Succs) == 0
		for _, s := range b.Succs {
			if forward(b, s) {
				succs[b.Index] = append(succs[b.Index], s.Index)
				preds[s.Index] = append(preds[s.Index], b.Index)
			} else {
				ends = true // a back edge ends the iteration: it leads to the exit
			}
		}
		if ends {
			exits = append(exits, b.Index)
		}
	}
	// Depth-first on the reversed graph from the exit, adding pseudo-exits
	// until every block is reached.
	visited := make([]bool, n+1)
	var post []int // postorder
	var dfs func(x int)
	dfs = func(x int) {
		visited[x] = true
		next := exits
		if x != exit {
			next = preds[x]
		}
		for _, y := range next {
			if !visited[y] {
				dfs(y)
			}
		}
		post = append(post, x)
	}
	dfs(exit)
	for {
		extra := -1
		for i := range n {
			if !visited[i] {
				extra = i
				break
			}
		}
		if extra < 0 {
			break
		}
		exits = append(exits, extra)
		// Rerun from the exit: the postorder must stay one traversal.
		clear(visited)
		post = post[:0]
		dfs(exit)
	}
	num := make([]int, n+1) // postorder numbers
	for i, x := range post {
		num[x] = i
	}
	isExit := make([]bool, n)
	for _, e := range exits {
		isExit[e] = true
	}
	ipdom := make([]int, n+1)
	for i := range ipdom {
		ipdom[i] = -1
	}
	ipdom[exit] = exit
	intersect := func(a, b int) int {
		for a != b {
			for num[a] < num[b] {
				a = ipdom[a]
			}
			for num[b] < num[a] {
				b = ipdom[b]
			}
		}
		return a
	}
	for changed := true; changed; {
		changed = false
		for i := len(post) - 1; i >= 0; i-- { // reverse postorder
			x := post[i]
			if x == exit {
				continue
			}
			// x's predecessors in the reversed graph: its successors,
			// and the exit for an exit block.
			rpreds := succs[x]
			if isExit[x] {
				rpreds = append([]int{exit}, rpreds...)
			}
			idom := -1
			for _, p := range rpreds {
				if ipdom[p] < 0 {
					continue
				}
				if idom < 0 {
					idom = p
				} else {
					idom = intersect(p, idom)
				}
			}
			if idom >= 0 && ipdom[x] != idom {
				ipdom[x] = idom
				changed = true
			}
		}
	}
	return ipdom[:n]
}

// forward reports whether the edge from a to b is no back edge of a
// loop: b does not dominate a.
func forward(a, b *ssa.BasicBlock) bool {
	return !b.Dominates(a)
}

package flow

import (
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// point is a place in the unit's code: instruction index of block block
// of fn. The zero point, anywhere, stands for a place not known: what is
// stored there is seen everywhere, and a read there sees every store.
type point struct {
	fn    *ssa.Function
	block int32
	index int32
}

var anywhere point

// pointOf returns the place of instr.
func pointOf(instr ssa.Instruction) point {
	b := instr.Block()
	if b == nil {
		return anywhere
	}
	for i, x := range b.Instrs {
		if x == instr {
			return point{b.Parent(), int32(b.Index), int32(i)}
		}
	}
	return anywhere
}

// reaches reports whether what is stored at a can be read at b: a comes
// before b in the same block, or b's block can be reached from a's along
// the control-flow graph (around a loop, a store reaches the reads
// before it in the loop). Places in different functions of the unit (a
// literal and its parent) always reach each other: a literal runs when
// it is called, which the graph does not tell.
//
// This is what makes the engine's memory flow-sensitive: a field written
// after a sink call is not sent by that call.
func (u *unit) reaches(a, b point) bool {
	if a.fn == nil || b.fn == nil || a.fn != b.fn {
		return true
	}
	if a.block == b.block && a.index < b.index {
		return true
	}
	return u.blockReaches(a.fn, int(a.block), int(b.block))
}

// blockReaches reports whether block to of fn can be reached from block
// from along one or more edges. The blocks reachable from a block are
// found once, on first use.
func (u *unit) blockReaches(fn *ssa.Function, from, to int) bool {
	if u.reachOf == nil {
		u.reachOf = make(map[*ssa.Function][][]bool)
	}
	rs := u.reachOf[fn]
	if rs == nil {
		rs = make([][]bool, len(fn.Blocks))
		u.reachOf[fn] = rs
	}
	if from < 0 || from >= len(rs) || to < 0 || to >= len(rs) {
		return true
	}
	if rs[from] == nil {
		seen := make([]bool, len(fn.Blocks))
		stack := append([]*ssa.BasicBlock(nil), fn.Blocks[from].Succs...)
		for len(stack) > 0 {
			b := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[b.Index] {
				continue
			}
			seen[b.Index] = true
			stack = append(stack, b.Succs...)
		}
		rs[from] = seen
	}
	return rs[from][to]
}

// fill is a call the unit cannot see that may have written into a memory
// root: a decoder given &u, a loader given new(User).
type fill struct {
	at  point
	pos token.Pos
}

// fill records that the call instr may have written into root r.
func (u *unit) fill(r ssa.Value, instr ssa.Instruction) {
	at := u.cur
	for _, f := range u.filled[r] {
		if f.at == at {
			return
		}
	}
	pos := instr.Pos()
	if ci, ok := instr.(ssa.CallInstruction); ok && ci.Common().Pos().IsValid() {
		pos = ci.Common().Pos()
	}
	u.filled[r] = append(u.filled[r], fill{at: at, pos: pos})
	u.changed = true
}

// filledBefore returns a fill of root r that can come before the current
// point, or nil.
func (u *unit) filledBefore(r ssa.Value) *fill {
	fs := u.filled[r]
	for i := range fs {
		if u.reaches(fs[i].at, u.cur) {
			return &fs[i]
		}
	}
	return nil
}

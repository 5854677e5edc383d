package pdfields

import (
	"go/types"
)

// PersonalField is a personal field reachable from a value.
type PersonalField struct {
	Path string     // e.g. "Employee.Phone", "Employee.Contact.Phone"
	Var  *types.Var // the field
	Fact FieldFact
}

// Bounds on the walk through nested types, so that a pathological type
// cannot make every lookup expensive.
const (
	maxBearingDepth  = 8
	maxBearingFields = 256
)

// PersonalFields returns the personal fields a value of type t carries:
// its own fields if it is a struct, recursively through embedded and nested
// structs, and through pointers, slices, arrays, maps and channels of them.
// A type is person-bearing when the result is not empty. The result is in
// declaration order and must not be modified.
func (c *Catalog) PersonalFields(t types.Type) []PersonalField {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.personalFields(t, nil, 0)
}

func (c *Catalog) personalFields(t types.Type, visiting []*types.Named, depth int) []PersonalField {
	if depth > maxBearingDepth {
		return nil
	}
	switch t := types.Unalias(t).(type) {
	case *types.Pointer:
		return c.personalFields(t.Elem(), visiting, depth+1)
	case *types.Slice:
		return c.personalFields(t.Elem(), visiting, depth+1)
	case *types.Array:
		return c.personalFields(t.Elem(), visiting, depth+1)
	case *types.Chan:
		return c.personalFields(t.Elem(), visiting, depth+1)
	case *types.Map:
		keys := c.personalFields(t.Key(), visiting, depth+1)
		vals := c.personalFields(t.Elem(), visiting, depth+1)
		if len(keys) == 0 {
			return vals
		}
		return append(append([]PersonalField(nil), keys...), vals...)
	case *types.Named:
		if fs, ok := c.bearing[t]; ok {
			return fs
		}
		for _, v := range visiting {
			if v == t {
				return nil // a recursive type: its fields are already listed
			}
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return c.personalFields(t.Underlying(), append(visiting, t), depth+1)
		}
		fs := c.bearingFields(st, t.Obj().Name(), append(visiting, t), depth)
		if len(visiting) == 0 {
			c.bearing[t] = fs // memoise only complete answers
		}
		return fs
	case *types.Struct:
		return c.bearingFields(t, "struct", visiting, depth)
	}
	return nil
}

func (c *Catalog) bearingFields(st *types.Struct, prefix string, visiting []*types.Named, depth int) []PersonalField {
	var out []PersonalField
	for i := range st.NumFields() {
		if len(out) >= maxBearingFields {
			break
		}
		v := st.Field(i)
		if f, ok := c.Field(v); ok {
			out = append(out, PersonalField{Path: prefix + "." + v.Name(), Var: v, Fact: f})
			continue
		}
		for _, inner := range c.personalFields(v.Type(), visiting, depth+1) {
			inner.Path = prefix + "." + v.Name() + trimTypeName(inner.Path)
			out = append(out, inner)
		}
	}
	return out
}

// trimTypeName drops the leading type name of a path: "Contact.Phone"
// becomes ".Phone", to be appended to the enclosing field's path.
func trimTypeName(path string) string {
	for i := range len(path) {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

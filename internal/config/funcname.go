package config

import (
	"errors"
	"fmt"
	"go/types"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FuncName is a function or method named as types.Func.FullName prints
// it:
//
//	net/http.Post                 Pkg "net/http", Name "Post"
//	(*net/http.Client).Do         Pkg "net/http", Recv "Client", Pointer, Name "Do"
//	(io.Writer).Write             Pkg "io", Recv "Writer", Name "Write"
//	example.com/hr/consent.Has    Pkg "example.com/hr/consent", Name "Has"
//
// For a method, Pkg is the package of the receiver's type. The one
// receiver without a package is the predeclared error: (error).Error.
type FuncName struct {
	Pkg     string // package path
	Recv    string // receiver type name, without type arguments; "" for a function
	Pointer bool   // the receiver is *Recv
	Name    string // function or method name
}

// IsMethod reports whether f names a method.
func (f FuncName) IsMethod() bool { return f.Recv != "" }

// String returns the canonical FullName form. It is the inverse of
// ParseFuncName, except that type arguments of a generic receiver are not
// printed.
func (f FuncName) String() string {
	if f.Recv == "" {
		return f.Pkg + "." + f.Name
	}
	var b strings.Builder
	b.WriteByte('(')
	if f.Pointer {
		b.WriteByte('*')
	}
	if f.Pkg != "" {
		b.WriteString(f.Pkg)
		b.WriteByte('.')
	}
	b.WriteString(f.Recv)
	b.WriteString(").")
	b.WriteString(f.Name)
	return b.String()
}

// Matches reports whether fn is the function or method f names. An
// instantiated generic function or method matches through its origin.
func (f FuncName) Matches(fn *types.Func) bool {
	if fn == nil || fn.Name() != f.Name {
		return false
	}
	g, ok := FuncNameOf(fn)
	return ok && g == f
}

// FuncNameOf returns the name of fn. It reports false for methods whose
// receiver is not a named type (methods of interface literals).
func FuncNameOf(fn *types.Func) (FuncName, bool) {
	if fn == nil {
		return FuncName{}, false
	}
	fn = fn.Origin()
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return FuncName{}, false
	}
	recv := sig.Recv()
	if recv == nil {
		if fn.Pkg() == nil {
			return FuncName{}, false
		}
		return FuncName{Pkg: fn.Pkg().Path(), Name: fn.Name()}, true
	}
	t := types.Unalias(recv.Type())
	ptr, isPtr := t.(*types.Pointer)
	if isPtr {
		t = types.Unalias(ptr.Elem())
	}
	named, ok := t.(*types.Named)
	if !ok {
		return FuncName{}, false
	}
	obj := named.Obj()
	name := FuncName{Recv: obj.Name(), Pointer: isPtr, Name: fn.Name()}
	if obj.Pkg() != nil {
		name.Pkg = obj.Pkg().Path()
	} else if obj.Name() != "error" {
		return FuncName{}, false
	}
	return name, true
}

// ParseFuncName parses a name in the FullName form. It is strict: it
// rejects empty parts, spaces, a missing package, unbalanced parentheses,
// a '*' outside parentheses, wildcards, and a Type.Method written without
// the parentheses that FullName puts around a receiver.
func ParseFuncName(s string) (FuncName, error) {
	f, err := parseFuncName(s)
	if err != nil {
		return FuncName{}, fmt.Errorf("bad function name %q: %w", s, err)
	}
	return f, nil
}

func parseFuncName(s string) (FuncName, error) {
	switch {
	case s == "":
		return FuncName{}, errors.New("empty")
	case !utf8.ValidString(s):
		return FuncName{}, errors.New("not valid UTF-8")
	case strings.HasPrefix(s, "*"):
		return FuncName{}, errors.New(`a pointer receiver goes in parentheses, as in "(*net/http.Client).Do"`)
	case strings.HasPrefix(s, "("):
		return parseMethod(s)
	}
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return FuncName{}, errors.New("contains a space")
	}
	dot := strings.LastIndexByte(s, '.')
	if dot < 0 {
		return FuncName{}, errors.New(`want <package path>.<name>, as in "net/http.Post"`)
	}
	pkg, name := s[:dot], s[dot+1:]
	if err := checkIdent(name, "function name"); err != nil {
		return FuncName{}, err
	}
	if err := checkPkgPath(pkg); err != nil {
		return FuncName{}, err
	}
	if typ, ok := looksLikeType(pkg); ok {
		return FuncName{}, fmt.Errorf("%s.%s looks like a method: write it as %q or %q",
			typ, name, "("+pkg+")."+name, "(*"+pkg+")."+name)
	}
	return FuncName{Pkg: pkg, Name: name}, nil
}

// parseMethod parses "(" ["*"] pkgpath "." Type ["[" args "]"] ")" "." Name.
func parseMethod(s string) (FuncName, error) {
	end := closingParen(s)
	if end < 0 {
		return FuncName{}, errors.New("unbalanced parentheses")
	}
	recv, rest := s[1:end], s[end+1:]
	if !strings.HasPrefix(rest, ".") {
		return FuncName{}, errors.New(`want (<receiver type>).<method> , as in "(*net/http.Client).Do"`)
	}
	name := rest[1:]
	if err := checkIdent(name, "method name"); err != nil {
		return FuncName{}, err
	}
	f := FuncName{Name: name}
	if strings.HasPrefix(recv, "*") {
		f.Pointer = true
		recv = recv[1:]
	}
	// Type arguments may contain anything, spaces included ("Map[K, V]");
	// they are checked for balance only and dropped.
	if i := strings.IndexByte(recv, '['); i >= 0 {
		if !strings.HasSuffix(recv, "]") || i == len(recv)-2 {
			return FuncName{}, errors.New("malformed type arguments in the receiver")
		}
		recv = recv[:i]
	}
	if i := strings.IndexFunc(recv, unicode.IsSpace); i >= 0 {
		return FuncName{}, errors.New("contains a space")
	}
	if recv == "error" && !f.Pointer {
		f.Recv = recv
		return f, nil
	}
	dot := strings.LastIndexByte(recv, '.')
	if dot < 0 {
		return FuncName{}, errors.New(`the receiver type needs its package path, as in "(*net/http.Client).Do"`)
	}
	f.Pkg, f.Recv = recv[:dot], recv[dot+1:]
	if err := checkIdent(f.Recv, "receiver type name"); err != nil {
		return FuncName{}, err
	}
	if err := checkPkgPath(f.Pkg); err != nil {
		return FuncName{}, err
	}
	return f, nil
}

// closingParen returns the index of the ')' matching s[0] == '(', skipping
// bracketed type arguments, or -1.
func closingParen(s string) int {
	depth := 0
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '[':
			depth++
		case ']':
			if depth == 0 {
				return -1
			}
			depth--
		case '(':
			if depth == 0 {
				return -1
			}
		case ')':
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// looksLikeType reports whether the last element of a package path ends
// in ".Type", the sign of a method written as pkg.Type.Method. Real
// package paths put versions and domains after dots, never capitals.
func looksLikeType(pkg string) (string, bool) {
	elem := pkg[strings.LastIndexByte(pkg, '/')+1:]
	dot := strings.LastIndexByte(elem, '.')
	if dot < 0 {
		return "", false
	}
	typ := elem[dot+1:]
	r, _ := utf8.DecodeRuneInString(typ)
	return typ, unicode.IsUpper(r)
}

// checkIdent reports whether s is a Go identifier other than "_".
func checkIdent(s, what string) error {
	if s == "*" {
		return errors.New("wildcards are not accepted here; list each function")
	}
	if s == "" {
		return fmt.Errorf("empty %s", what)
	}
	if s == "_" {
		return fmt.Errorf("%s cannot be _", what)
	}
	for i, r := range s {
		if !(unicode.IsLetter(r) || r == '_' || (i > 0 && unicode.IsDigit(r))) {
			return fmt.Errorf("%s %q is not a Go identifier", what, s)
		}
	}
	return nil
}

// checkPkgPath applies the rules of Go import paths: non-empty elements
// separated by '/', made of letters, digits and "-._~+", not starting or
// ending with a dot.
func checkPkgPath(p string) error {
	if p == "" {
		return errors.New("empty package path")
	}
	for elem := range strings.SplitSeq(p, "/") {
		if elem == "" {
			return fmt.Errorf("package path %q has an empty element", p)
		}
		if elem[0] == '.' || elem[len(elem)-1] == '.' {
			return fmt.Errorf("package path %q has an element starting or ending with a dot", p)
		}
		for _, r := range elem {
			if !(unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-._~+", r)) {
				return fmt.Errorf("package path %q contains %q", p, r)
			}
		}
	}
	return nil
}

// parseTypeName parses "<package path>.<Name>", the form of sources[].type.
func parseTypeName(s string) (pkg, name string, err error) {
	if strings.HasPrefix(s, "*") {
		return "", "", errors.New("name the type without '*'")
	}
	if strings.ContainsAny(s, "[]") {
		return "", "", errors.New("name the type without type arguments")
	}
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return "", "", errors.New("contains a space")
	}
	dot := strings.LastIndexByte(s, '.')
	if dot < 0 {
		return "", "", errors.New(`want <package path>.<type name>, as in "example.com/gen/hrpb.Employee"`)
	}
	pkg, name = s[:dot], s[dot+1:]
	if err := checkIdent(name, "type name"); err != nil {
		return "", "", err
	}
	if err := checkPkgPath(pkg); err != nil {
		return "", "", err
	}
	return pkg, name, nil
}

package routes

import (
	"strings"

	"golang.org/x/tools/go/ssa"
)

const gorillaPath = "github.com/gorilla/mux"

// gorillaRoute is what the calls that make and configure one
// gorilla/mux *Route give it: r.HandleFunc(path, h).Methods("GET"),
// r.Methods("GET").Path(path).HandlerFunc(h), r.PathPrefix(p).Subrouter().
type gorillaRoute struct {
	router  *node
	path    string
	prefix  bool // the path is a PathPrefix
	methods []string
}

// gorillaFamily returns the route x makes or configures: back along its
// receivers to the call on a router that made it, then forward through
// every call on it.
func (a *analysis) gorillaFamily(c *context, x *ssa.Call) gorillaRoute {
	var root ssa.Value = x
	for i := 0; i < maxResolve; i++ {
		y, ok := root.(*ssa.Call)
		if !ok {
			break
		}
		cl, ok := classify(&y.Call)
		if !ok || cl.fw != fwGorilla || cl.recv == nil || !isPtrTo(cl.recv.Type(), gorillaPath, "Route") {
			break
		}
		root = cl.recv
	}
	var f gorillaRoute
	if y, ok := root.(*ssa.Call); ok {
		if cl, ok := classify(&y.Call); ok && cl.fw == fwGorilla && cl.recv != nil {
			f.router = a.router(cl.recv, c)
		}
	}
	if f.router == nil {
		f.router = a.unknownNode(c, root)
	}
	work := []ssa.Value{root}
	for len(work) > 0 {
		v := work[0]
		work = work[1:]
		if y, ok := v.(*ssa.Call); ok {
			a.configure(&f, y, c)
		}
		if v.Referrers() == nil {
			continue
		}
		for _, r := range *v.Referrers() {
			y, ok := r.(*ssa.Call)
			if !ok {
				continue
			}
			if cl, ok := classify(&y.Call); ok && cl.fw == fwGorilla && cl.recv == v && isPtrTo(y.Type(), gorillaPath, "Route") {
				work = append(work, y)
			}
		}
	}
	return f
}

// configure adds what call x sets on a gorilla route to f.
func (a *analysis) configure(f *gorillaRoute, x *ssa.Call, c *context) {
	cl, ok := classify(&x.Call)
	if !ok || cl.fw != fwGorilla || len(cl.args) == 0 {
		return
	}
	switch cl.name {
	case "Path", "HandleFunc", "Handle":
		if cl.kind != kGHandler {
			f.path = a.str(cl.args[0], c, 0)
		}
	case "PathPrefix":
		f.path, f.prefix = a.str(cl.args[0], c, 0), true
	case "Methods":
		if ms := a.methods(cl.args[0], c); ms != "" {
			f.methods = append(f.methods, ms)
		}
	}
}

// gorillaRoute records a registration of gorilla/mux: r.HandleFunc,
// r.Handle, or a route's Handler or HandlerFunc.
func (a *analysis) gorillaRoute(c *context, instr ssa.CallInstruction, cl call) {
	x, ok := instr.(*ssa.Call)
	if !ok {
		return
	}
	f := a.gorillaFamily(c, x)
	path := f.path
	if f.prefix {
		path = joinPath(path, "*")
	}
	at := point{c, instr}
	t := a.handler(cl.argOf(rHandler), c, instr, 0)
	if t.node != nil {
		t.node.mounts = append(t.node.mounts, &mount{parent: f.router, at: at, prefix: t.strip, mw: t.wraps})
		return
	}
	a.record(&regEvent{at: at, fw: fwGorilla, method: strings.Join(f.methods, ","), path: path, node: f.router, handler: t.fn, value: t.value, mw: t.wraps})
}

// gorillaSub is the router r.PathPrefix(p).Subrouter() makes.
func (a *analysis) gorillaSub(c *context, x *ssa.Call) *node {
	return a.makeNode(nodeKey{c, x}, fwGorilla, func(n *node) {
		f := a.gorillaFamily(c, x)
		n.at = point{c, x}
		n.parent = f.router
		n.prefix = f.path
		n.method = strings.Join(f.methods, ",")
	})
}

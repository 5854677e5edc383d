// Package lookalike has methods named like the frameworks' on types of
// its own: nothing here registers a route.
package lookalike

import (
	"net/http"

	chiold "github.com/go-chi/chi"
)

type Router struct{}

func (r *Router) GET(path string, h ...func(w http.ResponseWriter, r *http.Request)) {}
func (r *Router) Use(mw ...func(http.Handler) http.Handler)                          {}
func (r *Router) Group(path string) *Router                                          { return r }
func (r *Router) HandleFunc(path string, h func(w http.ResponseWriter, r *http.Request)) {
}

type cache struct{}

func (c *cache) Get(key string) string { return "" }

func authMW(next http.Handler) http.Handler { return next }

func getEmployee(w http.ResponseWriter, r *http.Request) {}

func main() {
	r := &Router{}
	r.Use(authMW)
	r.GET("/employees", getEmployee)             // want `unfollowed getEmployee: passed to \(\*Router\).GET`
	r.Group("/hr").HandleFunc("/x", getEmployee) // want `unfollowed getEmployee: passed to \(\*Router\).HandleFunc`
	var c cache
	_ = c.Get("/employees")
	_ = http.HandlerFunc(getEmployee) // want `unfollowed getEmployee: not used`

	// The chi before v5 is chi too.
	old := chiold.NewRouter()
	old.Use(authMW)
	old.Get("/old", getEmployee) // want `chi route GET /old -> getEmployee behind \[authMW\]`
}

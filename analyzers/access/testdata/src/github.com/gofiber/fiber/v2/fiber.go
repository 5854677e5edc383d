// Package fiber is a stub of github.com/gofiber/fiber/v2: its routing
// API, with the real signatures.
package fiber

// Ctx is the context of a request.
type Ctx struct{}

func (c *Ctx) Next() error                                      { return nil }
func (c *Ctx) Params(key string, defaultValue ...string) string { return "" }
func (c *Ctx) JSON(data interface{}, ctype ...string) error     { return nil }

// Handler is a handler or a middleware.
type Handler = func(*Ctx) error

// Config configures an App.
type Config struct{ AppName string }

// Router is what routes are registered on.
type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Head(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Connect(path string, handlers ...Handler) Router
	Options(path string, handlers ...Handler) Router
	Trace(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router
	Add(method, path string, handlers ...Handler) Router
	All(path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
	Route(prefix string, fn func(router Router), name ...string) Router
	Mount(prefix string, fiber *App) Router
	Name(name string) Router
}

// App is the framework's application and root router.
type App struct{}

// Group is a group of routes sharing a prefix.
type Group struct{ Prefix string }

func New(config ...Config) *App { return &App{} }

func (app *App) Use(args ...interface{}) Router                                     { return app }
func (app *App) Get(path string, handlers ...Handler) Router                        { return app }
func (app *App) Head(path string, handlers ...Handler) Router                       { return app }
func (app *App) Post(path string, handlers ...Handler) Router                       { return app }
func (app *App) Put(path string, handlers ...Handler) Router                        { return app }
func (app *App) Delete(path string, handlers ...Handler) Router                     { return app }
func (app *App) Connect(path string, handlers ...Handler) Router                    { return app }
func (app *App) Options(path string, handlers ...Handler) Router                    { return app }
func (app *App) Trace(path string, handlers ...Handler) Router                      { return app }
func (app *App) Patch(path string, handlers ...Handler) Router                      { return app }
func (app *App) Add(method, path string, handlers ...Handler) Router                { return app }
func (app *App) All(path string, handlers ...Handler) Router                        { return app }
func (app *App) Group(prefix string, handlers ...Handler) Router                    { return &Group{} }
func (app *App) Route(prefix string, fn func(router Router), name ...string) Router { return app }
func (app *App) Mount(prefix string, fiber *App) Router                             { return app }
func (app *App) Name(name string) Router                                            { return app }
func (app *App) Listen(addr string) error                                           { return nil }

func (grp *Group) Use(args ...interface{}) Router                                     { return grp }
func (grp *Group) Get(path string, handlers ...Handler) Router                        { return grp }
func (grp *Group) Head(path string, handlers ...Handler) Router                       { return grp }
func (grp *Group) Post(path string, handlers ...Handler) Router                       { return grp }
func (grp *Group) Put(path string, handlers ...Handler) Router                        { return grp }
func (grp *Group) Delete(path string, handlers ...Handler) Router                     { return grp }
func (grp *Group) Connect(path string, handlers ...Handler) Router                    { return grp }
func (grp *Group) Options(path string, handlers ...Handler) Router                    { return grp }
func (grp *Group) Trace(path string, handlers ...Handler) Router                      { return grp }
func (grp *Group) Patch(path string, handlers ...Handler) Router                      { return grp }
func (grp *Group) Add(method, path string, handlers ...Handler) Router                { return grp }
func (grp *Group) All(path string, handlers ...Handler) Router                        { return grp }
func (grp *Group) Group(prefix string, handlers ...Handler) Router                    { return grp }
func (grp *Group) Route(prefix string, fn func(router Router), name ...string) Router { return grp }
func (grp *Group) Mount(prefix string, fiber *App) Router                             { return grp }
func (grp *Group) Name(name string) Router                                            { return grp }

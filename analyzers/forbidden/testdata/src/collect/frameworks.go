package collect

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// Gin reads a gin request.
func Gin(c *gin.Context) {
	_ = c.Query("religion")                     // want `query parameter "religion" \(religion\)`
	_ = c.DefaultQuery("partiynost", "")        // want `query parameter "partiynost" \(politics\)`
	_, _ = c.GetQuery("natsionalnost")          // want `query parameter "natsionalnost" \(race\)`
	_ = c.QueryArray("religion")                // want `query parameter "religion"`
	_ = c.QueryMap("religion")                  // want `query parameter "religion"`
	_ = c.PostForm("veroispovedanie")           // want `form field "veroispovedanie" \(religion\)`
	_ = c.DefaultPostForm("profsoyuz", "no")    // want `form field "profsoyuz" \(union\)`
	_, _ = c.GetPostForm("political_views")     // want `form field "political_views" \(politics\)`
	_ = c.PostFormArray("religion")             // want `form field "religion"`
	_, _ = c.FormFile("disability_certificate") // want `uploaded file "disability_certificate" \(health\)`
	_ = c.Param("religion")                     // want `path parameter "religion" \(religion\)`
	_ = c.Request.FormValue("religion")         // want `form field "religion" \(religion\)`
	_ = c.Request.URL.Query().Get("religion")   // want `query parameter "religion" \(religion\)`
	_ = c.Query("department")
}

// Echo reads an echo request.
func Echo(c echo.Context) error {
	_ = c.QueryParam("religion")         // want `query parameter "religion" \(religion\)`
	_ = c.FormValue("partiynost")        // want `form field "partiynost" \(politics\)`
	_, _ = c.FormFile("diagnosis")       // want `uploaded file "diagnosis" \(health\)`
	_ = c.Param("religion")              // want `path parameter "religion" \(religion\)`
	_ = c.QueryParams().Get("ethnicity") // want `query parameter "ethnicity" \(race\)`
	form, _ := c.FormParams()
	_ = form.Get("religion") // want `form field "religion" \(religion\)`
	return c.String(http.StatusOK, "ok")
}

// Chi reads a chi route's parameters.
func Chi(w http.ResponseWriter, r *http.Request) {
	_ = chi.URLParam(r, "religion")                        // want `path parameter "religion" \(religion\)`
	_ = chi.URLParamFromCtx(r.Context(), "religion")       // want `path parameter "religion" \(religion\)`
	_ = chi.RouteContext(r.Context()).URLParam("religion") // want `path parameter "religion" \(religion\)`
	_ = chi.URLParam(r, "id")
}

// Fiber reads a fiber request.
func Fiber(c *fiber.Ctx) error {
	_ = c.Query("religion")         // want `query parameter "religion" \(religion\)`
	_ = c.QueryBool("profsoyuz")    // want `query parameter "profsoyuz" \(union\)`
	_ = c.FormValue("partiynost")   // want `form field "partiynost" \(politics\)`
	_, _ = c.FormFile("diagnoz")    // want `uploaded file "diagnoz" \(health\)`
	_ = c.Params("veroispovedanie") // want `path parameter "veroispovedanie" \(religion\)`
	_, _ = c.ParamsInt("religion")  // want `path parameter "religion" \(religion\)`
	_ = c.Get("religion")           // a request header, not a form or query key
	return c.SendString("ok")
}

// Package collect exercises the forbidden analyzer on keys read from HTTP
// requests.
package collect

import (
	"net/http"
)

// Apply reads the application form with net/http.
func Apply(w http.ResponseWriter, r *http.Request) {
	_ = r.FormValue("full_name")                       // personal data: not forbidden's business
	_ = r.FormValue("veroispovedanie")                 // want `form field "veroispovedanie" \(religion\) is a forbidden category: an employer may never collect it \(Labour Code art. 86 p.4; Convention 108 art. 6\); remove the field from the form`
	_ = r.PostFormValue("partiynost")                  // want `form field "partiynost" \(politics\)`
	_ = r.PostFormValue("profsoyuz")                   // want `form field "profsoyuz" \(union\) is a special category with no legal basis \(Labour Code art. 86 p.5\); remove the field from the form, or cite the law that allows it with //hrvet:basis <citation> on the handler or statement that reads it`
	_, _, _ = r.FormFile("diagnosis")                  // want `uploaded file "diagnosis" \(health\)`
	_ = r.URL.Query().Get("religion")                  // want `query parameter "religion" \(religion\)`
	_ = r.Form.Get("ethnicity")                        // want `form field "ethnicity" \(race\)`
	_ = r.Form.Get("nationality")                      // citizenship: personal data, not a special category
	_ = r.PostForm["politicheskie_vzglyady"]           // want `form field "politicheskie_vzglyady" \(politics\)`
	_ = r.URL.Query()["sudimost"]                      // want `query parameter "sudimost" \(criminal\)`
	_ = r.MultipartForm.File["disability_certificate"] // want `uploaded file "disability_certificate" \(health\)`

	q := r.URL.Query()
	_ = q.Get("sexual_orientation") // want `query parameter "sexual_orientation" \(sexlife\)`

	// Words that name a thing, not a person's data, and ambiguous words
	// outside a person's context.
	_ = r.FormValue("health_check")
	_ = r.FormValue("party")      // TODO(want) form field "party" (politics): a key has no person context, so ambiguous words do not count
	_ = r.URL.Query().Get("race") // TODO(want) query parameter "race" (race): ambiguous, as above

	// Keys that are not constants are not read.
	key := "religion"
	_ = r.FormValue(key) // TODO(want) form field "religion": only constant keys are checked

	// url.Values that do not come from a request are not a form.
	var v = make(map[string][]string)
	_ = v["religion"]
}

// DisabilityBenefit asks about a disability, on a legal basis.
//
//hrvet:basis Labour Code art. 224 (guarantees for disabled employees)
func DisabilityBenefit(w http.ResponseWriter, r *http.Request) {
	_ = r.FormValue("invalidnost") // the basis on the handler covers it
	_ = r.FormValue("religion")    // want `form field "religion" \(religion\)`
}

// SickLeave asks about a diagnosis, on a statement's basis.
func SickLeave(w http.ResponseWriter, r *http.Request) {
	//hrvet:basis Federal Law 255-FZ art. 13 (sick-leave benefit)
	reason := r.FormValue("diagnoz")
	_ = reason
	_ = r.FormValue("diagnoz") // want `form field "diagnoz" \(health\)`

	//hrvet:ignore forbidden the survey is anonymous and optional (PROJ-7)
	_ = r.FormValue("religion")
}

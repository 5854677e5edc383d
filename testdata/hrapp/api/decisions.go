package api

import (
	"log/slog"
	"net/http"
	"strconv"

	"example.com/hrapp/decision"
)

// scorecard reads the quarter's scorecard from the kpi and reprimands
// parameters.
func scorecard(r *http.Request) (decision.Scorecard, bool) {
	kpi, err := strconv.ParseFloat(r.FormValue("kpi"), 64)
	if err != nil {
		return decision.Scorecard{}, false
	}
	reprimands, err := strconv.Atoi(r.FormValue("reprimands"))
	if err != nil {
		return decision.Scorecard{}, false
	}
	return decision.Scorecard{KPI: kpi, Reprimands: reprimands}, true
}

// proposal shows the automated proposal for the employee. It changes
// nothing: an HR officer decides with decide.
func (s *Server) proposal(w http.ResponseWriter, r *http.Request) {
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	sc, ok := scorecard(r)
	if !ok {
		http.Error(w, "kpi and reprimands are required numbers", http.StatusBadRequest)
		return
	}
	writeJSON(w, http.StatusOK, decision.Propose(e, sc))
}

// decide records the HR officer's decision on the employee's proposal.
func (s *Server) decide(w http.ResponseWriter, r *http.Request) {
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	sc, ok := scorecard(r)
	if !ok {
		http.Error(w, "kpi and reprimands are required numbers", http.StatusBadRequest)
		return
	}
	p := decision.Propose(e, sc)
	approved := r.FormValue("approved") == "yes"
	if err := s.Decisions.Review(r.Context(), p, r.Header.Get("X-Officer"), approved); err != nil {
		slog.Error("record decision", "employee", e.ID, "err", err)
		http.Error(w, "could not record the decision", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

package api

import (
	"log/slog"
	"net/http"

	"example.com/hrapp/report"
)

// remoteWorkReport serves the city hall's weekly remote-work report for the
// week query parameter ("2020-W15").
func (s *Server) remoteWorkReport(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	week := r.URL.Query().Get("week")
	staff, err := s.Staff.Active(ctx)
	if err != nil {
		slog.Error("remote-work report", "err", err)
		http.Error(w, "could not list the staff", http.StatusInternalServerError)
		return
	}
	days, err := s.Staff.RemoteDays(ctx, week)
	if err != nil {
		slog.Error("remote-work report", "week", week, "err", err)
		http.Error(w, "could not load the remote days", http.StatusInternalServerError)
		return
	}
	rows := make([]report.RemoteWorker, 0, len(staff))
	for _, e := range staff {
		if d := days[e.ID]; d > 0 {
			rows = append(rows, report.Anonymize(e, d))
		}
	}
	writeJSON(w, http.StatusOK, rows) // MISTAKE(access): the report is registered outside the analysts' middleware: anyone can download it
}

// headcountReport serves the per-department counts for the week query
// parameter: what the city hall actually needed.
func (s *Server) headcountReport(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	week := r.URL.Query().Get("week")
	staff, err := s.Staff.Active(ctx)
	if err != nil {
		slog.Error("headcount report", "err", err)
		http.Error(w, "could not list the staff", http.StatusInternalServerError)
		return
	}
	days, err := s.Staff.RemoteDays(ctx, week)
	if err != nil {
		slog.Error("headcount report", "week", week, "err", err)
		http.Error(w, "could not load the remote days", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, report.Count(staff, days))
}

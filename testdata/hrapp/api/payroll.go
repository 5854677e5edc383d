package api

import (
	"log/slog"
	"net/http"
)

// runPayroll pays the salaries for the {month} path segment ("2025-03").
func (s *Server) runPayroll(w http.ResponseWriter, r *http.Request) {
	month := r.PathValue("month")
	if err := s.Payroll.PayMonth(r.Context(), month); err != nil {
		slog.Error("payroll run failed", "month", month, "err", err)
		http.Error(w, "the payroll run failed", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// reportToSFR files the Social Fund report for the {quarter} path segment
// ("2025-Q1").
func (s *Server) reportToSFR(w http.ResponseWriter, r *http.Request) {
	quarter := r.PathValue("quarter")
	if err := s.Payroll.ReportToSFR(r.Context(), quarter); err != nil {
		slog.Error("sfr report failed", "quarter", quarter, "err", err)
		http.Error(w, "the SFR report failed", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

package api

import (
	"encoding/json"
	"errors"
	"log"
	"log/slog"
	"net/http"
	"strconv"

	"example.com/hrapp/employee"
	"example.com/hrapp/store"
)

// getEmployee serves an employee's personnel file to an HR officer.
func (s *Server) getEmployee(w http.ResponseWriter, r *http.Request) {
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	officer := r.Header.Get("X-Officer")
	//hrvet:ignore logleak the access audit log is required by the data-protection policy, readable by the DPO only, kept 3 years
	s.Audit.Printf("%s opened personnel file %s", officer, e.PersonnelNumber)
	writeJSON(w, http.StatusOK, e)
}

// createEmployee adds an employee from the JSON personnel card.
func (s *Server) createEmployee(w http.ResponseWriter, r *http.Request) {
	var e employee.Employee
	if err := json.NewDecoder(r.Body).Decode(&e); err != nil {
		http.Error(w, "malformed personnel card", http.StatusBadRequest)
		return
	}
	id, err := s.Staff.Create(r.Context(), e)
	if errors.Is(err, store.ErrDuplicatePassport) {
		log.Printf("create employee: passport %s is already on file", e.Passport) // MISTAKE(logleak): the passport number goes to the log
		http.Error(w, "an employee with this passport is already on file", http.StatusConflict)
		return
	}
	if err != nil {
		slog.Error("create employee", "err", err)
		http.Error(w, "could not create the employee", http.StatusInternalServerError)
		return
	}
	slog.Info("employee created", "id", id) // OK: the ID is not personal data
	writeJSON(w, http.StatusCreated, map[string]int64{"id": id})
}

// importLegacy loads the JSON export of the legacy 1C system.
func (s *Server) importLegacy(w http.ResponseWriter, r *http.Request) {
	staff, err := employee.ImportLegacy(r.Body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	imported := 0
	for i, e := range staff {
		if _, err := s.Staff.Create(r.Context(), e); err != nil {
			slog.Warn("legacy import: record skipped", "record", i, "err", err)
			continue
		}
		imported++
	}
	slog.Info("legacy import finished", "imported", imported, "records", len(staff))
	writeJSON(w, http.StatusOK, map[string]int{"imported": imported})
}

// createDepartment adds an organisational unit.
func (s *Server) createDepartment(w http.ResponseWriter, r *http.Request) {
	var d employee.Department
	if err := json.NewDecoder(r.Body).Decode(&d); err != nil {
		http.Error(w, "malformed department", http.StatusBadRequest)
		return
	}
	id, err := s.Departments.Create(r.Context(), d)
	if err != nil {
		slog.Error("create department", "err", err)
		http.Error(w, "could not create the department", http.StatusInternalServerError)
		return
	}
	slog.Info("department created", "id", id, "name", d.Name, "address", d.Address, "phone", d.Phone) // OK: a department is not a person
	writeJSON(w, http.StatusCreated, map[string]int64{"id": id})
}

// holidays serves the production calendar of a region.
func (s *Server) holidays(w http.ResponseWriter, r *http.Request) {
	year, err := strconv.Atoi(r.PathValue("year"))
	if err != nil {
		http.Error(w, "malformed year", http.StatusBadRequest)
		return
	}
	days, err := s.Calendar.Holidays(r.Context(), r.PathValue("region"), year)
	if err != nil {
		slog.Error("load holidays", "err", err)
		http.Error(w, "could not load the calendar", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, days)
}

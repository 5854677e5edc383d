package api

import (
	"net/http"

	"example.com/esign"
)

// sendContract sends the new hire's employment contract for e-signature.
//
// The provider's SDK (example.com/esign, another module) is neither a sink
// hrvet knows nor declared in .hrvet.yaml, so hrvet cannot tell where the
// name, e-mail and phone go: 'hrvet inventory' lists CreateEnvelope and
// Remind under "Personal data passed to calls hrvet does not know", for the
// team to declare as sinks (or as safe). esign.NormalizeEmail is declared
// safe there, and is not listed.
func (s *Server) sendContract(w http.ResponseWriter, r *http.Request) {
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	err := s.ESign.CreateEnvelope(r.Context(), &esign.Envelope{ // OK: no finding; listed in the inventory as a call hrvet does not know
		Template: "employment-contract",
		Signer:   esign.Signer{Name: e.FullName, Email: esign.NormalizeEmail(e.Email), Phone: e.Phone},
	})
	if err != nil {
		http.Error(w, "could not send the contract", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// remindToSign sends the signer an SMS reminder through the provider.
func (s *Server) remindToSign(w http.ResponseWriter, r *http.Request) {
	e, ok := s.employee(w, r)
	if !ok {
		return
	}
	if err := s.ESign.Remind(r.Context(), "employment-contract", e.Phone); err != nil { // OK: no finding; listed in the inventory
		http.Error(w, "could not send the reminder", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// Command app wires the service into the handler: the one package that
// sees the handler's call and the implementation, so the flow is
// reported where the service is made.
package main

import (
	"net/http"

	"consent/realcode/wired/handler"
	"consent/realcode/wired/service"
)

func main() {
	svc := service.New("https://pay.example.com/invoices") // want `CheckoutRequest.PayerEmail \(email\) reaches net/http.PostForm via \(\*consent/realcode/wired/service.service\).Checkout without a consent check`
	h := handler.New(svc)
	http.HandleFunc("/checkout", h.Checkout)
	_ = http.ListenAndServe(":8080", nil)
}

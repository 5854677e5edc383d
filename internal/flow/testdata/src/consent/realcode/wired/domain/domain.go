// Package domain declares a checkout service, reduced from a public HRIS
// back end whose handler calls the subscription service through its
// interface and whose main wires the implementation in.
package domain

// CheckoutRequest is a checkout's body.
type CheckoutRequest struct {
	Seats      int
	PayerEmail string `pd:"email"`
}

// Service checks out.
type Service interface {
	Checkout(req CheckoutRequest) error
}

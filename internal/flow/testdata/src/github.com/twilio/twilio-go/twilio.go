// Package twilio is a minimal stub of github.com/twilio/twilio-go for
// hrvet's tests.
package twilio

import openapi "github.com/twilio/twilio-go/rest/api/v2010"

// RestClient holds the services of the REST API.
type RestClient struct {
	Api *openapi.ApiService
}

// NewRestClient returns a client authorised by the environment.
func NewRestClient() *RestClient { return &RestClient{Api: &openapi.ApiService{}} }

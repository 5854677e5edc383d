// Package mixpanel is a minimal stub of github.com/mixpanel/mixpanel-go for
// hrvet's tests: the ingestion methods of ApiClient, with the real names and
// signatures.
package mixpanel

import "context"

// Options configures an ApiClient.
type Options func(mixpanel *ApiClient)

// ApiClient talks to the Mixpanel ingestion API.
type ApiClient struct{}

// NewApiClient returns a client for the project token.
func NewApiClient(token string, options ...Options) *ApiClient { return &ApiClient{} }

// Event is an event to track.
type Event struct {
	Name       string         `json:"event"`
	Properties map[string]any `json:"properties"`
}

// NewEvent returns an event of distinctID.
func (m *ApiClient) NewEvent(name string, distinctID string, properties map[string]any) *Event {
	if properties == nil {
		properties = make(map[string]any)
	}
	properties["distinct_id"] = distinctID
	return &Event{Name: name, Properties: properties}
}

// Track sends events.
func (m *ApiClient) Track(ctx context.Context, events []*Event) error { return nil }

// PeopleProperties are the profile properties of distinctID.
type PeopleProperties struct {
	DistinctID string
	Properties map[string]any
}

// NewPeopleProperties returns profile properties of distinctID.
func NewPeopleProperties(distinctID string, properties map[string]any) *PeopleProperties {
	return &PeopleProperties{DistinctID: distinctID, Properties: properties}
}

// PeopleSet sets profile properties.
func (m *ApiClient) PeopleSet(ctx context.Context, people []*PeopleProperties) error { return nil }

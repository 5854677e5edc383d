// Package amplitude is a minimal stub of
// github.com/amplitude/analytics-go/amplitude for hrvet's tests: the Client
// interface, with the real names and signatures.
package amplitude

// EventOptions are the common options of an event.
type EventOptions struct {
	UserID   string
	DeviceID string
}

// Event is an event to track.
type Event struct {
	EventType string
	EventOptions
	EventProperties map[string]interface{}
}

// Identify is a set of user-property operations.
type Identify struct {
	Properties map[string]interface{}
}

// Set sets property to value.
func (i *Identify) Set(property string, value interface{}) *Identify {
	if i.Properties == nil {
		i.Properties = map[string]interface{}{}
	}
	i.Properties[property] = value
	return i
}

// Revenue is a revenue event.
type Revenue struct {
	Price    float64
	Quantity int
}

// Config configures a Client.
type Config struct {
	APIKey string
}

// NewConfig returns the default configuration for apiKey.
func NewConfig(apiKey string) Config { return Config{APIKey: apiKey} }

// Client is the Amplitude client.
type Client interface {
	Track(event Event)
	Identify(identify Identify, eventOptions EventOptions)
	GroupIdentify(groupType string, groupName string, identify Identify, eventOptions EventOptions)
	SetGroup(groupType string, groupName []string, eventOptions EventOptions)
	Revenue(revenue Revenue, eventOptions EventOptions)
	Flush()
	Shutdown()
}

// NewClient returns a client.
func NewClient(config Config) Client { return nil }

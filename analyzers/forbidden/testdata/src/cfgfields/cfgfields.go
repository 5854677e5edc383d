// Package cfgfields is "generated": its fields are marked by the config.
package cfgfields

// Anketa is a generated questionnaire record.
type Anketa struct {
	Code string // want `Anketa.Code \(religion\) is a forbidden category`
	Mark string // want `Anketa.Mark \(health\) is a special category with no legal basis`
	Note string
}

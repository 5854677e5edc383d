// Package three hands data declared in hr, three imports down, to a
// method of hr's whose summary reaches a sink.
package three // want `field layered/hr Employee.Mobile phone`

import "layered/top"

// Directory publishes a team lead's name with hr's method.
func Directory(team int) error {
	return top.Team(team).Lead.Publish("https://directory.example.com") // want `flow Employee.FullName -> net/http.Post via \(layered/hr.Employee\).Publish guard=none status=unguarded`
}

// Prefix reads the start of a mobile number, which goes nowhere.
func Prefix(id int) string {
	return top.Load(id).Mobile[:4]
}

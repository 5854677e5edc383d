package main

import (
	"github.com/hrvet/hrvet/internal/driver"
	"github.com/hrvet/hrvet/internal/suite"
)

func main() {
	driver.Command(suite.Analyzers())
}

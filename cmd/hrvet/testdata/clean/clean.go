// Package clean holds nothing any analyzer could object to.
package clean

// Add returns a+b.
func Add(a, b int) int { return a + b }

// Package gen exercises the generated-file policy: calls to leak and
// slip are findings, except in a generated file.
package gen

func leak(string) {}

func slip(string) {}

func hand() {
	leak("a") // want `leak called`
	slip("a") // want `slip called`
	generatedWrapper("b")
}

// Package ign exercises //hrvet:ignore with an analyzer that reports
// every call to leak.
package ign

func leak(string) {}

func calls() {
	leak("a") // want `leak called`
	leak("b") //hrvet:ignore consent the gateway masks it

	//hrvet:ignore consent,logleak tested elsewhere
	leak("c")

	// want +1 `//hrvet:ignore suppresses no consent finding; remove consent from it`
	//hrvet:ignore consent nothing to hide here
	_ = 1

	//hrvet:ignore logleak another analyzer's business
	leak("d") // want `leak called`
}

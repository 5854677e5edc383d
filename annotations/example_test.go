package annotations_test

import (
	"fmt"

	"github.com/hrvet/hrvet/annotations"
)

func ExampleMask() {
	fmt.Println(annotations.Mask("+7 (912) 345-67-89"))
	fmt.Println(annotations.Mask("Иванов Иван"))
	// Output:
	// +* (***) ***-**-**
	// ****** ****
}

func ExampleMaskTail() {
	fmt.Println(annotations.MaskTail("+7 (912) 345-67-89", 2))
	fmt.Println(annotations.MaskTail("4276 1234 5678 9012", 4))
	// Output:
	// +* (***) ***-**-89
	// **** **** **** 9012
}

func ExampleRedacted() {
	fmt.Println(annotations.Redacted("4509 123456"))
	// Output: [redacted]
}

func ExampleLookup() {
	for _, id := range []string{"biometric", "Phone"} {
		c, ok := annotations.Lookup(id)
		if !ok {
			fmt.Printf("%q: not a category\n", id)
			continue
		}
		fmt.Printf("%s: %s, identifying %v (%s)\n", c, c.Class(), c.Identifying(), c.Rule())
	}
	// Output:
	// biometric: special, identifying true (Convention 108 art. 6)
	// "Phone": not a category
}

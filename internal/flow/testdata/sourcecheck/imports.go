// Package sourcecheck pins, in its go.mod, the version of each library
// whose functions the flow engine takes as sources (sourceFuncs), so that
// TestSourceFuncsAPI can check them against the real API. Nothing is
// built from it.
package sourcecheck

import _ "layeh.com/radius/rfc2865"

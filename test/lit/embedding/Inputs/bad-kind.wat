(module (import "a" "count" (func)))

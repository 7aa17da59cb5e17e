(module (import "a" "mem" (memory 2 3)))

;; Imports a memory whose declared maximum may be at most 50 pages.
(module (import "A" "memory" (memory 1 50)))

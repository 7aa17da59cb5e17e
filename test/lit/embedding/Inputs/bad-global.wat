(module (import "a" "answer" (global (mut i64))))

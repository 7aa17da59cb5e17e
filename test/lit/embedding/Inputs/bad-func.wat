(module (import "a" "add" (func (param f32))))

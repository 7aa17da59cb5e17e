# Correctness check for ruby.wasm (ruby_host.c vs ruby_node.mjs): deterministic
# output from strings, hashes, blocks, exceptions, bignums, sorting, format,
# classes, Fibers (asyncify), GC and the stdlib in the module's virtual FS.
require "json"
require "set"
class Animal
  include Comparable
  attr_reader :name
  def initialize(name) = @name = name
  def <=>(other) = name <=> other.name
  def to_s = format("%-6s%s", name, speak)
end
class Dog < Animal; def speak = "Woof"; end
class Cat < Animal; def speak = "Meow"; end
class Kitten < Cat; def speak = super.downcase * 2; end
puts [Dog.new("rex"), Kitten.new("tom"), Cat.new("felix")].sort.map(&:to_s)
words = "the quick brown fox jumps over the lazy dog and the cat".split
puts JSON.generate(words.tally.sort_by { |w, c| [-c, w] }.first(3).to_h)
puts (1..40).reduce(:*), 2**200 % 1_000_000_007, (3**100).digits.sum
puts [-> { 1 / 0 }, -> { {a: 1}.fetch(:b) }, -> { Integer("12x") }].map { |f|
  f.call rescue "#{$!.class}: #{$!.message}" }
printf("%s %.4f %05d %x %e\n", Set.new(words.map(&:size)).sort, Math::PI, 42, 255, 1e-7)
fib = Enumerator.new { |y| a, b = 0, 1; loop { y << a; a, b = b, a + b } }
puts 10.times.map { fib.next }.join(","), fib.lazy.select(&:even?).first(6).inspect
GC.start
p JSON.parse('{"x":[1,2.5,null,true],"y":{"z":"wörld"}}'), "héllo".upcase.bytes.sum
p catch(:done) { 5.times { |i| throw :done, i * 7 if i == 3 } }
p ObjectSpace.each_object(Class).count { |k| k < Animal }, %w[b a c].sort!.map(&:upcase).join

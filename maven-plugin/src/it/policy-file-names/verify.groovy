def log = new File(basedir, 'build.log').text
def named = "nbexport: notebooks/.nbexport.yaml: line 2, column 3: unknown key 'strip.keep-cont'; did you mean 'keep-count'?"
for (goal in ['strip', 'verify', 'bundle']) {
    assert log =~ /Failed to execute goal .*nbexport-maven-plugin.*:${goal} .*: \Q${named}\E/ : "the ${goal} goal names the project file"
}
assert !log.contains(new File(basedir, 'notebooks').canonicalPath) : 'no absolute path'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack traces'
assert !(log =~ /(?m)^(Caused by: |[a-z][\w.]*Exception)/) : 'no exception traces'
return true

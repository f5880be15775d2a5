def log = new File(basedir, 'build.log').text
// In line order, as the CLI reports them, with the size and hash prefix of what was found.
def count = log.indexOf('[ERROR] dirty.ipynb: line 3, cell 0 (id 0), /cells/0: execution-count: an execution count')
def output = log =~ /\[ERROR\] dirty\.ipynb: line 9, cell 0 \(id 0\), \/cells\/0\/outputs\/0: output-stream: a stream output \(\d+ B, sha256 [0-9a-f]{8}\)/
assert count >= 0
assert output.find()
assert count < log.indexOf(output.group())
assert log.contains('[ERROR] dirty.ipynb: not stripped')
assert log.contains('1 of 1 notebook not stripped (failOnChange; nothing was written): dirty.ipynb; run mvn nbexport:strip -Dnbexport.preset=export ->')
// The hint to strip names the preset in force, if any.
assert log.contains('strip the notebooks under the same policy (mvn nbexport:strip); what stripping keeps')
assert log.contains('strip the notebooks under the same policy (mvn nbexport:strip -Dnbexport.preset=export); what stripping keeps')
assert !log.contains('Jane Example') : 'the log must never quote the data'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack traces for findings'
assert new File(basedir, 'target/nbexport/verify.sarif').text.contains('output-stream')
assert new File(basedir, 'dirty.ipynb').text.contains('Jane Example') : 'verify and failOnChange write nothing'
return true

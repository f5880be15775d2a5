def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] dirty\.ipynb: .*cell 0.*: output-stream: /
assert log =~ /\[ERROR\] dirty\.ipynb: .*cell 0.*: execution-count: /
assert log.contains('[ERROR] dirty.ipynb: not stripped')
assert log.contains('1 of 1 notebook not stripped (failOnChange; nothing was written): dirty.ipynb')
assert !log.contains('Jane Example') : 'the log must never quote the data'
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack traces for findings'
assert new File(basedir, 'target/nbexport/verify.sarif').text.contains('output-stream')
assert new File(basedir, 'dirty.ipynb').text.contains('Jane Example') : 'verify and failOnChange write nothing'
return true

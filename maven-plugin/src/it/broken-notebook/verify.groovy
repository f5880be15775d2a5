def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] broken\.ipynb: line 3, column \d+/
assert log =~ /Failed to execute goal .*nbexport-maven-plugin.*:strip .*: nbexport: not a notebook nbexport can read: broken\.ipynb: line 3/
assert log =~ /Failed to execute goal .*nbexport-maven-plugin.*:verify .*: nbexport: not a notebook nbexport can read: broken\.ipynb: line 3/
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack traces'
assert !(log =~ /(?m)^(Caused by: |[a-z][\w.]*Exception)/) : 'no exception traces'
assert new File(basedir, 'broken.ipynb').text.contains(',,')
return true

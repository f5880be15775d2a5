def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] broken\.ipynb: line 3, column \d+/
assert log =~ /Failed to execute goal .*nbexport-maven-plugin.*:strip .*: nbexport: not a notebook nbexport can read: broken\.ipynb: line 3/
assert log =~ /Failed to execute goal .*nbexport-maven-plugin.*:verify .*: nbexport: not a notebook nbexport can read: broken\.ipynb: line 3/
// strip names the place; verify and bundle name the same one, column included.
def stripped = log =~ /\[ERROR\] broken\.ipynb: (line 3, column \d+, cell 0): invalid JSON/
assert stripped.find()
def place = stripped.group(1)
assert log.contains("not a notebook nbexport can read: broken.ipynb: ${place}: invalid JSON")
def bundled = log =~ /:bundle \(default-cli\) @ broken-notebook ---\n(?:\[(?:INFO|WARNING)\][^\n]*\n)*\[ERROR\] broken\.ipynb: ([^:]*): unreadable: invalid JSON \(/
assert bundled.find() : 'the bundle goal names the broken notebook'
assert bundled.group(1) == place
assert log =~ /Failed to execute goal .*nbexport-maven-plugin.*:bundle .*: nbexport: \d+ files? checked: 1 error/
assert !new File(basedir, 'target/broken-notebook-1.0-export.tar.gz').exists()
assert !(log =~ /(?m)^\s+at [a-z]/) : 'no stack traces'
assert !(log =~ /(?m)^(Caused by: |[a-z][\w.]*Exception)/) : 'no exception traces'
assert new File(basedir, 'broken.ipynb').text.contains(',,')
return true

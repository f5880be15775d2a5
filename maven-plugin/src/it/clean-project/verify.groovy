def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] nbexport: 1 file checked: 0 errors, 0 warnings in 0 files; reports in target/nbexport')
assert log.contains('1 file checked: 0 errors, 0 warnings in 0 files; unchanged since a build found it clean')
assert !log.contains('stale/dirty.ipynb')
def reports = new File(basedir, 'target/nbexport')
assert new File(reports, 'verify.txt').text.contains('1 file checked: 0 errors')
assert new File(reports, 'verify.json').text.contains('"errors"')
assert new File(reports, 'verify.sarif').text.contains('"version"')
// the help goal documents the goals and their parameters
assert log.contains('nbexport:bundle')
assert log.contains('nbexport:strip')
assert log.contains('nbexport:verify')
assert log.contains('failOnWarnings')
assert log.contains('User property: nbexport.skip')
assert log.contains('User property: nbexport.strip.skip')
assert log.contains('User property: nbexport.verify.skip')
assert log.contains('User property: nbexport.bundle.skip')
return true

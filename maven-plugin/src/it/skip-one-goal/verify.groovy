def log = new File(basedir, 'build.log').text
assert log.count('[INFO] nbexport: skipped (nbexport.strip.skip)') == 1
assert log =~ /\[ERROR\] dirty\.ipynb: .*: output-stream: /
assert log.contains('[INFO] nbexport: skipped (nbexport.verify.skip)')
assert log.contains('[INFO] nbexport: stripped dirty.ipynb')
assert !log.contains('nbexport: skipped (nbexport.skip)')
assert !new File(basedir, 'dirty.ipynb').text.contains('Jane Example') : 'the second build strips'
return true

def log = new File(basedir, 'build.log').text
assert log.count('[INFO] nbexport: skipped (nbexport.skip)') == 3
assert new File(basedir, 'dirty.ipynb').text.contains('Jane Example')
assert !new File(basedir, 'target/nbexport').exists()
return true

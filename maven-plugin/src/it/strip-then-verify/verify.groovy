def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] nbexport: stripped analysis/dirty.ipynb')
assert log.contains('[INFO] nbexport: stripped 1 of 1 notebook')
assert log.contains('[INFO] nbexport: 1 file checked: 0 errors, 0 warnings in 0 files')
def notebook = new File(basedir, 'analysis/dirty.ipynb').text
assert !notebook.contains('Jane Example')
assert notebook.contains('"outputs": []')
assert notebook.contains('"execution_count": null')
return true

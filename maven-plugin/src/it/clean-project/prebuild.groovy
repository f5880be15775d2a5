// Backdate the notebook and wait out the 2 s after its last change (whose time cannot be set back),
// so that the first build may remember it: a file changed within the last seconds is never
// remembered, as its next change could hide within the file system's time granularity.
assert new File(basedir, 'notebooks/clean.ipynb').setLastModified(System.currentTimeMillis() - 60_000)
Thread.sleep(2_500)
// A notebook in the build directory must never be looked at.
def stale = new File(basedir, 'target/stale/dirty.ipynb')
stale.parentFile.mkdirs()
stale.text = new File(basedir, 'notebooks/clean.ipynb').text.replace('"execution_count": null', '"execution_count": 7')
return true

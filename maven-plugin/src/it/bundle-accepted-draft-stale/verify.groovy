assert new File(basedir, 'target/bundle-accepted-draft-stale-1.0-export.tar.gz').isFile() : 'the bundle is written'
assert !new File(basedir, 'target/nbexport/bundle.accepted.yaml').exists() : 'the stale draft of a refused bundle stays'
assert new File(basedir, 'target/nbexport/verify.accepted.yaml').text.contains('reasons being filled in') : "the verify goal's draft is not the bundle's to remove"
def log = new File(basedir, 'build.log').text
assert !log.contains('bundle.accepted.yaml') : 'a written bundle names no draft'
return true

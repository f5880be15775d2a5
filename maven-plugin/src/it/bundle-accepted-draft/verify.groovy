def log = new File(basedir, 'build.log').text
assert new File(basedir, 'target/bundle-accepted-draft-1.0-export.tar.gz').isFile() : 'the first build, which accepts the value, writes the bundle'
assert log.contains('the entries that would accept them, each with a reason to write, are drafted in target/nbexport/bundle.accepted.yaml')
assert !log.contains('AKIA' + 'QWERTYUIOPASDFGH') : 'the log must never quote the data'
def draft = new File(basedir, 'target/nbexport/bundle.accepted.yaml').text
assert draft.contains('# in .nbexport.yaml') : draft
assert draft.contains('- {file: "src/keys.py", rule: credential, sha256: "a93e68f8176af0b002093b5e3dcca96d24efa3a64b91924d0abd2c471f4713a8", reason: ""}') : draft
return true

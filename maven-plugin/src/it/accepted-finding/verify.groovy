def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] notebooks/setup.ipynb: line 11, cell 0 (id a1), /cells/0/source: credential: an AWS access key id (20 B, sha256 a93e68f8); accepted: a made-up key id for the tests')
assert log.contains('[WARNING] notebooks/setup.ipynb: line 10, cell 0 (id a1), /cells/0/source: email: an e-mail address (21 B, sha256 f78b074c)')
assert log.contains('1 file checked: 0 errors, 1 warning in 1 file; 1 accepted')
assert log.contains('reports in target/nbexport. 1 finding above fails the build (failOnWarnings); ')
assert !log.contains('AKIAQWERTYUIOPASDFGH') : 'the log must never quote the data'
def json = new File(basedir, 'target/nbexport/verify.json').text
assert json.contains('"accepted" : "a made-up key id for the tests"')
assert new File(basedir, 'target/nbexport/verify.sarif').text.contains('"justification"')
def draft = new File(basedir, 'target/nbexport/verify.accepted.yaml').text
assert draft.contains('# in .nbexport.yaml')
assert draft.contains('- {file: "notebooks/setup.ipynb", rule: email, sha256: "f78b074ceaae6e9ddcd3fd6b934bb3974360a729fea43b2f3b7ee618d41effff", reason: ""}')
assert !draft.contains('rule: credential') : 'what is accepted already is not drafted again'
return true

def reports = new File(basedir, 'target/nbexport')
assert new File(reports, 'verify.accepted.yaml').text.contains('rule: email') : 'the draft of the second build stays'
assert new File(reports, 'verify.json').isFile()
['verify.txt', 'verify.sarif'].each {
    assert !new File(reports, it).exists() : "$it of the first build is still there"
}
def log = new File(basedir, 'build.log').text
assert log.count('1 file checked: 0 errors, 1 warning in 1 file; reports in target/nbexport') == 3
return true

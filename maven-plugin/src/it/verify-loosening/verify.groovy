def log = new File(basedir, 'build.log').text
assert log.contains("nbexport: .nbexport.yaml: loosens the export preset a bundle starts from (strip.keep-output); a bundle takes looser settings only from the plugin's parameters (-Dnbexport.policy=FILE or <policyFile>)")
assert !log.contains('--policy') : 'the command-line tool\'s options mean nothing to Maven'
assert log.contains('[WARNING] nbexport: the plugin\'s configuration loosens the export preset: strip.keep-output')
assert log.count('1 file checked: 0 errors, 0 warnings in 0 files') == 2 : 'the second and third builds pass'
return true

def log = new File(basedir, 'build.log').text
assert log =~ /nbexport: \.nbexport\.yaml: loosens the export preset a bundle starts from with its preset: nbstripout \(.*\); a bundle takes looser settings only from the plugin's parameters \(-Dnbexport\.preset=export or <preset>export<\/preset> overrides the file's preset; -Dnbexport\.policy=FILE or <policyFile>\)/
assert !log.contains('--preset') : 'the command-line tool\'s options mean nothing to Maven'
assert !log.contains('--policy')
assert new File(basedir, 'target/bundle-loosening-1.0-export.tar.gz').isFile() : 'the second build writes the bundle'
return true

def log = new File(basedir, 'build.log').text
def refusal = "nbexport: reports/.nbexport.yaml: loosens the export preset a bundle starts from (strip.keep-output);" +
        " a bundle takes looser settings only from the plugin's parameters (-Dnbexport.policy=FILE or <policyFile>)"
assert log.count(refusal) == 2 : 'the bundle and the check before it refuse the file alike'
assert !new File(basedir, 'target/bundle-loosening-deeper-1.0-export.tar.gz').exists() : 'nothing written'
return true

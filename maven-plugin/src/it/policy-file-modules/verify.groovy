def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] nbexport: 0 files checked: 0 errors, 0 warnings in 0 files; reports in target/nbexport') : 'the parent finds the file'
// Named relative to the module's base directory, as the goals name files; the hint says why it was looked for there.
assert log =~ /on project module: nbexport: policy\.yaml: no such policy file \(Maven resolves a relative policy file against each module's own directory: name it by its absolute path, or put it in every module\)/
return true

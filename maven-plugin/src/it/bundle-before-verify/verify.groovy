import dev.nbexport.fixtures.ArchiveContents

def log = new File(basedir, 'build.log').text
def archive = new File(basedir, 'target/bundle-before-verify-1.0-export.tar.gz')
def wrote = log.indexOf('[INFO] nbexport: wrote target/bundle-before-verify-1.0-export.tar.gz')
def refused = log.indexOf('[ERROR] dirty.ipynb: line 9, cell 0 (id 0), /cells/0/outputs/0: output-stream: a stream output')
assert wrote >= 0 && refused > wrote : 'bundle (package) runs before verify (verify)'
def entries = ArchiveContents.ofTarGz(archive.toPath()).collectEntries { name, bytes -> [name, new String(bytes, 'UTF-8')] }
assert !entries['dirty.ipynb'].contains('Jane Example') : 'the archive holds the stripped notebook, verified by the bundle goal'
assert new File(basedir, 'dirty.ipynb').text.contains('Jane Example') : 'strip was skipped: the tree keeps its outputs'
def installed = new File(localRepositoryPath, 'dev/nbexport/it/bundle-before-verify')
assert !installed.exists() : "a build whose verify fails installs nothing: $installed"
return true

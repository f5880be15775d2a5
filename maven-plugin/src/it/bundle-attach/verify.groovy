import dev.nbexport.fixtures.ArchiveContents

def archive = new File(basedir, 'target/bundle-attach-1.0-export.tar.gz')
assert archive.isFile()
assert new File(basedir, 'target/bundle-attach-1.0-export.tar.gz.sha256').isFile()
def installed = new File(localRepositoryPath, 'dev/nbexport/it/bundle-attach/1.0/bundle-attach-1.0-export.tar.gz')
assert installed.isFile() : "not installed: $installed"
assert installed.bytes == archive.bytes

def entries = ArchiveContents.ofTarGz(archive.toPath()).collectEntries { name, bytes -> [name, new String(bytes, 'UTF-8')] }
assert entries.containsKey('NBEXPORT-MANIFEST.json') : "entries: ${entries.keySet()}"
assert entries.containsKey('analysis.ipynb') : "entries: ${entries.keySet()}"
assert entries.containsKey('src/model.py') : "entries: ${entries.keySet()}"
assert !entries.keySet().any { it.startsWith('target/') }
assert !entries['analysis.ipynb'].contains('Jane Example') : 'notebooks are stripped in the archive'
assert new File(basedir, 'analysis.ipynb').text.contains('Jane Example') : 'the original stays as it was'
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] nbexport: attached with classifier export (type tar.gz)')
assert !log.contains('loosens the export preset') : 'the default configuration loosens nothing'
return true

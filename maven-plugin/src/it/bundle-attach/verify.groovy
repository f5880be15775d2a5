import java.util.zip.GZIPInputStream

def archive = new File(basedir, 'target/bundle-attach-1.0-export.tar.gz')
assert archive.isFile()
assert new File(basedir, 'target/bundle-attach-1.0-export.tar.gz.sha256').isFile()
def installed = new File(localRepositoryPath, 'dev/nbexport/it/bundle-attach/1.0/bundle-attach-1.0-export.tar.gz')
assert installed.isFile() : "not installed: $installed"
assert installed.bytes == archive.bytes

// Read the tar stream by hand: 512-byte headers (name at 0, octal size at 124), data padded to 512.
def entries = [:]
new GZIPInputStream(new FileInputStream(archive)).withStream { input ->
    byte[] data = input.readAllBytes()
    int offset = 0
    while (offset + 512 <= data.length && data[offset] != 0) {
        def name = new String(data, offset, 100, 'UTF-8').replaceAll(/\u0000.*/, '')
        def octal = new String(data, offset + 124, 12, 'US-ASCII').replaceAll(/[\u0000 ]/, '')
        int size = octal ? Integer.parseInt(octal, 8) : 0
        entries[name] = new String(data, offset + 512, size, 'UTF-8')
        offset += 512 + ((size + 511).intdiv(512)) * 512
    }
}
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

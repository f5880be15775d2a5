import java.util.zip.GZIPInputStream

// Read the tar stream by hand: 512-byte headers (name at 0, octal size at 124), data padded to 512.
def entries = { File archive ->
    def found = [:]
    new GZIPInputStream(new FileInputStream(archive)).withStream { input ->
        byte[] data = input.readAllBytes()
        int offset = 0
        while (offset + 512 <= data.length && data[offset] != 0) {
            def name = new String(data, offset, 100, 'UTF-8').replaceAll(/\u0000.*/, '')
            def octal = new String(data, offset + 124, 12, 'US-ASCII').replaceAll(/[\u0000 ]/, '')
            int size = octal ? Integer.parseInt(octal, 8) : 0
            found[name] = new String(data, offset + 512, size, 'UTF-8')
            offset += 512 + ((size + 511).intdiv(512)) * 512
        }
    }
    found
}
def parent = entries(new File(basedir, 'target/bundle-modules-1.0-export.tar.gz'))
assert parent.containsKey('module/src/model.py') : "entries: ${parent.keySet()}"
assert !parent.keySet().any { it.startsWith('module/out/') } : "a module's build directory was bundled: ${parent.keySet()}"
// Nor is it listed as left out: the archive is the same whether an earlier build wrote it or not.
def manifest = parent['NBEXPORT-MANIFEST.json']
assert !manifest.contains('module/out') : manifest
assert !manifest.contains('"target/"') : manifest
def module = entries(new File(basedir, 'module/out/module-1.0-export.tar.gz'))
assert module.containsKey('src/model.py') : "entries: ${module.keySet()}"
assert !module.keySet().any { it.startsWith('out/') } : "entries: ${module.keySet()}"
return true

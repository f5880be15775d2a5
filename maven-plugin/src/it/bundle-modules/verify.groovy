import java.util.zip.GZIPInputStream

// Read the tar stream by hand: 512-byte headers (name at 0, octal size at 124), data padded to 512.
def names = { File archive ->
    def found = []
    new GZIPInputStream(new FileInputStream(archive)).withStream { input ->
        byte[] data = input.readAllBytes()
        int offset = 0
        while (offset + 512 <= data.length && data[offset] != 0) {
            found << new String(data, offset, 100, 'UTF-8').replaceAll(/\u0000.*/, '')
            def octal = new String(data, offset + 124, 12, 'US-ASCII').replaceAll(/[\u0000 ]/, '')
            int size = octal ? Integer.parseInt(octal, 8) : 0
            offset += 512 + ((size + 511).intdiv(512)) * 512
        }
    }
    found
}
def parent = names(new File(basedir, 'target/bundle-modules-1.0-export.tar.gz'))
assert parent.contains('module/src/model.py') : "entries: $parent"
assert !parent.any { it.startsWith('module/out/') } : "a module's build directory was bundled: $parent"
def module = names(new File(basedir, 'module/out/module-1.0-export.tar.gz'))
assert module.contains('src/model.py') : "entries: $module"
assert !module.any { it.startsWith('out/') } : "entries: $module"
return true

import dev.nbexport.fixtures.ArchiveContents

def entries = { File archive ->
    ArchiveContents.ofTarGz(archive.toPath()).collectEntries { name, bytes -> [name, new String(bytes, 'UTF-8')] }
}
def parent = entries(new File(basedir, 'target/bundle-modules-1.0-export.tar.gz'))
assert parent.containsKey('module/src/model.py') : "entries: ${parent.keySet()}"
assert !parent.keySet().any { it.startsWith('module/out/') } : "a module's build directory was bundled: ${parent.keySet()}"
// Nor is it listed as left out: the archive is the same whether an earlier build wrote it or not.
def manifest = parent['NBEXPORT-MANIFEST.json']
assert !manifest.contains('module/out') : manifest
assert !manifest.contains('"target/"') : manifest
// Built alone (-N), the parent knows the module only from its <modules>: its build directory is
// read from its POM, so the archive is the one a full build writes.
def alone = new File(basedir, 'target/bundle-modules-1.0-alone.tar.gz')
assert !entries(alone).keySet().any { it.startsWith('module/out/') } : "-N bundled the module's build directory: ${entries(alone).keySet()}"
assert alone.bytes == new File(basedir, 'target/bundle-modules-1.0-export.tar.gz').bytes : 'mvn -N package and mvn package bundle other bytes'
def module = entries(new File(basedir, 'module/out/module-1.0-export.tar.gz'))
assert module.containsKey('src/model.py') : "entries: ${module.keySet()}"
assert !module.keySet().any { it.startsWith('out/') } : "entries: ${module.keySet()}"
return true

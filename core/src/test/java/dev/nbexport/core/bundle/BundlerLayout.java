package dev.nbexport.core.bundle;

import dev.nbexport.core.policy.Preset;
import dev.nbexport.fixtures.BundleLayout;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/** The bundler's own manifest and tar headers, for the hostile archives of the fixtures. */
public final class BundlerLayout implements BundleLayout {

    @Override
    public byte[] manifest(Map<String, byte[]> files) {
        List<Manifest.Entry> entries = files.entrySet().stream()
                .map(file -> new Manifest.Entry(file.getKey(), file.getValue().length, Manifest.sha256(file.getValue()), null))
                .toList();
        return Manifest.write(Preset.EXPORT.policy(), entries, List.of(), new dev.nbexport.core.report.VerifyReport(entries.size(), List.of()));
    }

    @Override
    public TarArchiveEntry tarEntry(String name, long size) {
        return ArchiveWriter.tarEntry(name, size, Bundler.DEFAULT_TIME);
    }

    @Override
    public TarArchiveOutputStream tarStream(OutputStream out) {
        return ArchiveWriter.tarStream(out, TarConstants.DEFAULT_BLKSIZE);
    }
}

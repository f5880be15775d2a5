package dev.nbexport.core.bundle;

/** Hears how a bundle run advances, for progress displays. Called on the bundling thread. */
public interface BundleListener {

    BundleListener NONE = new BundleListener() {
    };

    /** The files are chosen; checking starts. */
    default void selected(Selection selection) {
    }

    /** One file is stripped (if a notebook) and verified. */
    default void checked(Selection.Included file) {
    }
}

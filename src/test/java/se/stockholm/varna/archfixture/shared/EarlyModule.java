package se.stockholm.varna.archfixture.shared;

import se.stockholm.varna.archfixture.risk.LateModule;

/** Breaks the module order: an early module using a later one. */
public final class EarlyModule {

    private EarlyModule() {}

    public static String useLater() {
        return LateModule.name();
    }
}

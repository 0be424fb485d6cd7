package se.stockholm.varna.archfixture.risk;

/** A later module. */
public final class LateModule {

    private LateModule() {}

    public static String name() {
        return "risk";
    }
}

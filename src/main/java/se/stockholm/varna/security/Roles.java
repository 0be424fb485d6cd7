package se.stockholm.varna.security;

import java.util.List;

/**
 * The nine Keycloak realm roles Värna knows (MODEL.md §2). Constants so that {@code @Secured} can
 * name them; what each may do is decided in the services.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String CENTRAL_SAMORDNARE = "central-samordnare";
    public static final String SAMORDNARE = "samordnare";
    public static final String INFORMATIONSAGARE = "informationsagare";
    public static final String SYSTEMAGARE = "systemagare";
    public static final String GRANSKARE = "granskare";
    public static final String UNDANTAGSBESLUTARE = "undantagsbeslutare";
    public static final String LASARE = "lasare";
    public static final String ILS_KLIENT = "ils-klient";

    /** Every role of a person (not a machine client). */
    public static final List<String> PEOPLE = List.of(
            ADMIN,
            CENTRAL_SAMORDNARE,
            SAMORDNARE,
            INFORMATIONSAGARE,
            SYSTEMAGARE,
            GRANSKARE,
            UNDANTAGSBESLUTARE,
            LASARE);

    public static final List<String> ALL = java.util.stream.Stream.concat(
                    PEOPLE.stream(), java.util.stream.Stream.of(ILS_KLIENT))
            .toList();

    private Roles() {}
}

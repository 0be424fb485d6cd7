package se.stockholm.varna;

import io.micronaut.runtime.Micronaut;

/** Starts Värna. Configuration comes from application.yml and environment variables (see README). */
public final class Application {

    private Application() {}

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}

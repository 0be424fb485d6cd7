package se.stockholm.varna.testsupport;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.Application;

/**
 * The README's run command ({@code ./mvnw -Pdemo}): a complete local Värna on a machine with only a
 * JDK. Starts an embedded MariaDB (fresh demo data every start), Keycloak with the demo realm, and
 * Värna, then prints where to go and how to log in. Ctrl-C stops all three.
 */
public final class LocalVarna {

    static final int APP_PORT = 8080;
    static final int KEYCLOAK_PORT = 8180;

    private LocalVarna() {}

    public static void main(String[] args) {
        long start = System.nanoTime();
        System.out.println("Värna: startar MariaDB (inbäddad) …");
        LocalMariaDb.Database db = LocalMariaDb.embedded("varna", Caches.root().resolve("demo-db"), Ports.free());
        System.out.println("Värna: startar Keycloak på port " + KEYCLOAK_PORT + " (första gången ca en minut) …");
        String keycloak = LocalKeycloak.fromEnvironmentOrStarted(KEYCLOAK_PORT, List.of(Caches.realmFile()));
        ApplicationContext app = Micronaut.build(args)
                .mainClass(Application.class)
                .environments("demo")
                .properties(Map.of(
                        "datasources.default.url",
                        db.url(),
                        "datasources.default.username",
                        db.user(),
                        "datasources.default.password",
                        db.password(),
                        "flyway.datasources.default.locations",
                        "classpath:db/migration,classpath:db/demo",
                        "varna.keycloak.url",
                        keycloak,
                        "micronaut.server.port",
                        APP_PORT))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        System.out.println(banner(keycloak, (System.nanoTime() - start) / 1_000_000_000));
    }

    static String banner(String keycloak, long seconds) {
        StringBuilder b = new StringBuilder();
        b.append("\n================================================================\n");
        b.append(" Värna körs (startade på ").append(seconds).append(" s)\n\n");
        b.append("   Värna:     http://localhost:").append(APP_PORT).append("/\n");
        b.append("   API-sida:  http://localhost:").append(APP_PORT).append("/api-docs\n");
        b.append("   Keycloak:  ").append(keycloak).append("/admin/  (admin / admin)\n\n");
        b.append(" Demoinloggningar (lösenord = användarnamn):\n");
        for (String[] user : DemoUsers.ALL) {
            b.append(String.format("   %-22s %-20s %s%n", user[0], user[1], user[2]));
        }
        b.append(
                "\n API-token:  curl -s -d grant_type=password -d client_id=varna-cli -d username=central -d password=central \\\n");
        b.append("               ").append(keycloak).append("/realms/varna/protocol/openid-connect/token\n");
        b.append(" Stoppa med Ctrl-C.\n");
        b.append("================================================================\n");
        return b.toString();
    }
}

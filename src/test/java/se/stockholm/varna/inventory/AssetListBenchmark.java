package se.stockholm.varna.inventory;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.stockholm.varna.testsupport.ApiClient;
import se.stockholm.varna.testsupport.TestServers;
import se.stockholm.varna.testsupport.Tokens;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbenchmark}): 50,000 informationsmängder across the city,
 * then a filtered, sorted page of 50 for a scoped user, through the HTTP API with a real Keycloak
 * token and as the same query over plain JDBC. Prints p50/p99 of both.
 */
public final class AssetListBenchmark {

    static final int ASSETS = Integer.getInteger("varna.bench.assets", 50_000);
    static final int WARMUP = 50;
    static final int RUNS = Integer.getInteger("varna.bench.runs", 300);
    static final String QUERY = "/api/v1/information-assets?personalData=PERSONNUMMER&sort=-updatedAt&size=50";

    private AssetListBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, Object> props = new HashMap<>(TestServers.properties());
        try (ApplicationContext app =
                ApplicationContext.run(EmbeddedServer.class, props).getApplicationContext()) {
            EmbeddedServer server = app.getBean(EmbeddedServer.class);
            String url = (String) props.get("datasources.default.url");
            try (Connection db =
                    DriverManager.getConnection(url, (String) props.get("datasources.default.username"), (String)
                            props.get("datasources.default.password"))) {
                long start = System.nanoTime();
                seed(db);
                System.out.printf(
                        "seeded %,d assets in %.1f s; table holds %,d%n",
                        ASSETS, (System.nanoTime() - start) / 1e9, rows(db));
                ApiClient api = new ApiClient(server.getURI(), app.getBean(JsonMapper.class));
                String token = Tokens.user("granskare");
                List<String> paths = scopePaths(db, List.of("SDN-BROMMA", "SDN-FARSTA"));
                long[] http = measure(() -> {
                    var answer = api.get(QUERY, token);
                    if (answer.status() != 200) {
                        throw new IllegalStateException(answer.body());
                    }
                });
                long[] jdbc = measure(() -> jdbcPage(db, paths));
                System.out.println("=== AssetListBenchmark: " + QUERY + " as granskare (2 stadsdelsnämnder), "
                        + api.get(QUERY, token).map().get("total") + " matching assets in scope");
                print("HTTP API (token, JSON)", http);
                print("JDBC, same query", jdbc);
            }
        }
        System.exit(0);
    }

    interface Call {
        void run() throws Exception;
    }

    static long[] measure(Call call) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            call.run();
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            call.run();
            micros[i] = (System.nanoTime() - t) / 1_000;
        }
        java.util.Arrays.sort(micros);
        return micros;
    }

    static void print(String label, long[] sorted) {
        System.out.printf(
                "%-26s p50 %7.2f ms   p99 %7.2f ms   (%d runs)%n",
                label,
                sorted[sorted.length / 2] / 1000.0,
                sorted[(int) (sorted.length * 0.99) - 1] / 1000.0,
                sorted.length);
    }

    static void jdbcPage(Connection db, List<String> paths) throws SQLException {
        String scope =
                String.join(" OR ", paths.stream().map(p -> "u.path LIKE ?").toList());
        String sql = "SELECT a.*, u.name AS unit_name, r.name AS responsible_name FROM information_asset a"
                + " JOIN org_unit u ON u.id = a.org_unit_id JOIN org_unit r ON r.id = a.responsible_org_id"
                + " WHERE a.status = 'AKTIV' AND a.personal_data = 'PERSONNUMMER' AND (" + scope + ")"
                + " ORDER BY a.updated_at DESC, a.id DESC LIMIT 50 OFFSET 0";
        String count = "SELECT COUNT(*) FROM information_asset a JOIN org_unit u ON u.id = a.org_unit_id"
                + " WHERE a.status = 'AKTIV' AND a.personal_data = 'PERSONNUMMER' AND (" + scope + ")";
        for (String q : List.of(sql, count)) {
            try (PreparedStatement ps = db.prepareStatement(q)) {
                for (int i = 0; i < paths.size(); i++) {
                    ps.setString(i + 1, paths.get(i) + "%");
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
            }
        }
    }

    static List<String> scopePaths(Connection db, List<String> codes) throws SQLException {
        List<String> paths = new ArrayList<>();
        for (String code : codes) {
            try (PreparedStatement ps = db.prepareStatement("SELECT path FROM org_unit WHERE code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    paths.add(rs.getString(1));
                }
            }
        }
        return paths;
    }

    static long rows(Connection db) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM information_asset");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Spreads the assets over every unit at or below an ansvarig organisation, in batches. */
    static void seed(Connection db) throws SQLException {
        List<long[]> units = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(
                        "SELECT u.id, r.id FROM org_unit u JOIN org_unit r ON u.path LIKE CONCAT(r.path, '%')"
                                + " JOIN org_unit_kind k ON k.code = r.kind AND k.ansvarig");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                units.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        String[] categories = {"INGA", "PERSONUPPGIFTER", "KANSLIGA", "LAGOVERTRADELSER", "PERSONNUMMER"};
        db.setAutoCommit(false);
        try (PreparedStatement ps = db.prepareStatement(
                "INSERT INTO information_asset (name, org_unit_id, responsible_org_id, owner_username, owner_name,"
                        + " personal_data, status, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 'AKTIV', ?, ?, 0)")) {
            LocalDateTime base = LocalDateTime.of(2026, 1, 1, 0, 0);
            for (int i = 0; i < ASSETS; i++) {
                long[] unit = units.get(i % units.size());
                ps.setString(1, "Benchmarkmängd " + i);
                ps.setLong(2, unit[0]);
                ps.setLong(3, unit[1]);
                ps.setString(4, "agare" + (i % 97));
                ps.setString(5, "Ägare " + (i % 97));
                ps.setString(6, categories[i % categories.length]);
                ps.setObject(7, base.plusMinutes(i));
                ps.setObject(8, base.plusMinutes(i));
                ps.addBatch();
                if (i % 1000 == 999) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }
}

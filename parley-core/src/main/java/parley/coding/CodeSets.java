package parley.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import parley.kb.KnowledgeFileException;
import parley.kb.TsvFile;
import parley.model.Actor;

/**
 * The named sets of CAMEO codes and actor sectors the coder's passes concern, read from
 * {@code parley/coding/code-sets.tsv}: which roots are symmetric, which acts are wanted rather than done, which
 * sectors are unarmed. The lists live in data so that a pass says what it concerns by name.
 */
final class CodeSets {
    private static final String FILE = "parley/coding/code-sets.tsv";
    private static final CodeSets BUNDLED = new CodeSets(TsvFile.resource(FILE, 4));

    private final Map<String, List<String>> cameo = new HashMap<>();
    private final Map<String, List<String>> sectors = new HashMap<>();

    CodeSets(List<TsvFile.Row> rows) {
        for (TsvFile.Row row : rows) {
            List<String> members = List.of(row.get(2).split(" +"));
            switch (row.get(1)) {
                case "cameo" -> cameo.put(row.get(0), members);
                case "sector" -> sectors.put(row.get(0), members);
                default -> throw row.error("kind must be cameo or sector, not " + row.get(1));
            }
        }
    }

    static CodeSets bundled() {
        return BUNDLED;
    }

    /** True when the code belongs to the set: it starts with one of the set's prefixes. */
    boolean has(String set, String code) {
        return code != null && members(cameo, set).stream().anyMatch(code::startsWith);
    }

    /** True when the actor's sector is one of the set's. */
    boolean hasSector(String set, Actor actor) {
        return actor.sector() != null && members(sectors, set).contains(actor.sector());
    }

    /** The set's only member: a code a pass puts in place of another. */
    String single(String set) {
        List<String> members = members(cameo, set);
        if (members.size() != 1) {
            throw new KnowledgeFileException(FILE + ": set " + set + " must have exactly one member");
        }
        return members.get(0);
    }

    private static List<String> members(Map<String, List<String>> sets, String name) {
        List<String> members = sets.get(name);
        if (members == null) {
            throw new KnowledgeFileException(FILE + ": no set named " + name);
        }
        return members;
    }
}

package parley.nlp;

/**
 * One spelling for entity classes across models: the French WikiNER model says I-PER, I-LOC, I-ORG,
 * I-MISC; the English CoNLL model says PERSON, LOCATION, ORGANIZATION, MISC. Parley uses the latter.
 */
final class NerLabels {

    private NerLabels() {
    }

    static String normalise(String label) {
        if (label == null || label.isEmpty()) {
            return "O";
        }
        String l = label.startsWith("I-") || label.startsWith("B-") ? label.substring(2) : label;
        return switch (l) {
            case "PER" -> "PERSON";
            case "LOC" -> "LOCATION";
            case "ORG" -> "ORGANIZATION";
            default -> l;
        };
    }
}

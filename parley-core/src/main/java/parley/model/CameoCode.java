package parley.model;

/**
 * One row of the CAMEO table.
 *
 * @param code 3 or 4 digits ("042", "0211")
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover PLOVER event type, or null
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover) {

    public String root() {
        return code.substring(0, 2);
    }
}

package parley.coding;

/**
 * One named step of the coder (docs/coder.md): it reads the sentence and fills in, changes or drops a candidate
 * event. The coder runs its passes in a fixed order, each seeing what the earlier ones decided.
 */
interface CandidatePass {
    /** The pass's name, as docs/coder.md lists it. */
    String name();

    void apply(Candidate c, SentenceContext x);
}

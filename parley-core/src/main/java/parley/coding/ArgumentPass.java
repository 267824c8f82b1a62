package parley.coding;

/**
 * Argument pass: who did it and to whom, read off the parse around the trigger (ArgumentReader). An announced
 * act keeps the arguments of the act itself; a repeat ("followed suit") with no target of its own takes the one
 * of the event it repeats; a statement that accuses the authors of the act it reports targets them.
 */
final class ArgumentPass implements CandidatePass {
    @Override
    public String name() {
        return "arguments";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        c.args = x.reader().read(c.found);
        if (c.accused != null && c.args.targets().isEmpty()) { // "Pakistan said Indian troops fired...": India
            c.args = new ArgumentReader.Arguments(c.args.sources(), c.accused);
        }
        RepeatPass.targetOf(c, x);
    }
}

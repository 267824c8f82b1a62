package parley.coding;

import parley.coding.Candidate.Located;

/**
 * Inheritance pass: an event noun with no actor of its own ("l'attaque", "the talks") continues an earlier event
 * of the same kind in the article, whose actors and place it takes.
 */
final class InheritancePass implements CandidatePass {
    @Override
    public String name() {
        return "inheritance";
    }

    @Override
    public void apply(Candidate c, SentenceContext x) {
        if (!c.args.sources().isEmpty() || !c.trigger.entry().isNoun()) {
            return;
        }
        c.inherited = x.memory().earlierEvent(DiscourseMemory.kindOf(c.code.code()), x.s().index(), c.place.place());
        if (c.place.place() == null && c.inherited != null) {
            c.place = new Located(c.inherited.place(), false);
        }
    }
}
